import type { SelectHTMLAttributes } from 'react';
import { Select } from './field';

/** Whether a string (a select's value, a form field) is one of `values`, narrowing it to their type. */
export function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  const known: readonly string[] = values;
  return known.includes(value);
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
      {choices.map((choice) => (
        <option key={choice} value={choice}>
          {labels[choice]}
        </option>
      ))}
    </Select>
  );
}
