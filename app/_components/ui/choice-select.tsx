import type { SelectHTMLAttributes } from 'react';
import { Select } from './field';

/*
 * A closed set of values (a GraphQL enum) is described once, as a labels record
 * (`Record<Enum, string>`: a value added to the schema fails to compile until it has its words)
 * and, where a select offers them, the list of values in order (`choicesOf(labels)`).
 */

/** The values a labels record names, in the order written: the choices a select offers. */
export function choicesOf<T extends string>(labels: Readonly<Record<T, string>>): T[] {
  return Object.keys(labels).filter((key): key is T => key in labels);
}

/** Whether a string (a select's value, a form field) is one of `values`, narrowing it to their type. */
export function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  const known: readonly string[] = values;
  return known.includes(value);
}

/**
 * The options of one closed set of values for a `Select` read by name when the form is sent,
 * each value shown by its label. `ChoiceSelect` is the same for a select held in state.
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

type ChoiceSelectProps<T extends string> = Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'value' | 'onChange' | 'children'
> & {
  /** The values to offer, in order: typically a GraphQL enum's values. */
  choices: readonly T[];
  /** How each value reads. */
  labels: Readonly<Record<T, string>>;
} & (
    | { value: NoInfer<T>; onChange: (value: NoInfer<T>) => void; emptyLabel?: undefined }
    | {
        value: NoInfer<T> | '';
        onChange: (value: NoInfer<T> | '') => void;
        /** An extra first option with the value '' ("Any", "None"). */
        emptyLabel: string;
      }
  );

/**
 * A select of one closed set of values (an enum), handing back the typed value: what the
 * browser sends is checked against `choices`, so no caller casts a string to the enum.
 */
export function ChoiceSelect<T extends string>(props: ChoiceSelectProps<T>) {
  const { choices, labels, value, onChange, emptyLabel, ...rest } = props;
  return (
    <Select
      {...rest}
      value={value}
      onChange={(event) => {
        const picked = event.target.value;
        if (isOneOf(choices, picked)) props.onChange(picked);
        else if (props.emptyLabel !== undefined) props.onChange('');
      }}
    >
      {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
      <ChoiceOptions choices={choices} labels={labels} />
    </Select>
  );
}
