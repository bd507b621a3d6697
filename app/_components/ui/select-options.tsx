/** One choice of a select: the value sent (an API enum value) and how the console names it. */
export interface Option<TValue extends string> {
  value: TValue;
  label: string;
}

/** The `<option>`s of a `Select`, from a list of choices kept once beside what uses them. */
export function SelectOptions<TValue extends string>({ options }: { options: readonly Option<TValue>[] }) {
  return options.map((option) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  ));
}

/** The choice a select's value names, typed as the options are; undefined when it names none of them. */
export function chosen<TValue extends string>(
  options: readonly Option<TValue>[],
  value: string,
): TValue | undefined {
  return options.find((option) => option.value === value)?.value;
}
