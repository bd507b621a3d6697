import type { Option } from './select-options';

/** A few exclusive choices shown side by side as radio buttons, each with its label. */
export function RadioChoices<TValue extends string>({
  name,
  options,
  value,
  onChange,
}: {
  name: string;
  options: readonly Option<TValue>[];
  value: TValue;
  onChange: (value: TValue) => void;
}) {
  return (
    <div className="flex flex-wrap gap-4 text-sm text-slate-700">
      {options.map((option) => (
        <label key={option.value} className="flex items-center gap-1.5">
          <input
            type="radio"
            name={name}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </div>
  );
}
