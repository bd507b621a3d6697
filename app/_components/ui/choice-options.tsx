/**
 * The options of one closed set of values (an enum) for a `Select` read by name when the form
 * is sent, each value shown by its label. `ChoiceSelect` is the same for a select held in state.
 */
export function ChoiceOptions<T extends string>({
  choices,
  labels,
}: {
  choices: readonly T[];
  labels: Readonly<Record<T, string>>;
}) {
  return choices.map((choice) => (
    <option key={choice} value={choice}>
      {labels[choice]}
    </option>
  ));
}
