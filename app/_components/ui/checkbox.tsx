import type { InputHTMLAttributes, ReactNode } from 'react';

/**
 * The console's one checkbox: the box with what it means beside it and, under that, what
 * follows from it. Uncontrolled in a form (`name`, `defaultChecked`) or controlled
 * (`checked`, `onChange` with the new value).
 */
export function Checkbox({
  children,
  hint,
  onChange,
  ...input
}: Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'onChange' | 'children'> & {
  children: ReactNode;
  hint?: ReactNode;
  onChange?: (checked: boolean) => void;
}) {
  return (
    <label className="flex items-start gap-2 text-sm text-slate-700">
      <input
        type="checkbox"
        className="mt-0.5"
        onChange={onChange && ((event) => onChange(event.target.checked))}
        {...input}
      />
      <span>
        {children}
        {hint && <span className="block text-xs text-slate-500">{hint}</span>}
      </span>
    </label>
  );
}
