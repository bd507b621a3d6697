/** A few exclusive choices shown side by side as radio buttons, each with its label. */
export function RadioChoices<T extends string>({
  name,
  choices,
  labels,
  value,
  onChange,
}: {
  name: string;
  choices: readonly T[];
  labels: Readonly<Record<T, string>>;
  value: NoInfer<T>;
  onChange: (value: NoInfer<T>) => void;
}) {
  return (
    <div className="flex flex-wrap gap-4 text-sm text-slate-700">
      {choices.map((choice) => (
        <label key={choice} className="flex items-center gap-1.5">
          <input type="radio" name={name} checked={value === choice} onChange={() => onChange(choice)} />
          {labels[choice]}
        </label>
      ))}
    </div>
  );
}
