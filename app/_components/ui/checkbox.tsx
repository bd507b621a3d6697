import type { InputHTMLAttributes, ReactNode } from 'react';

/** A checkbox with its label beside it. */
export function Checkbox({
  label,
  ...props
}: Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & { label: ReactNode }) {
  return (
    <label className="flex items-center gap-2 text-sm text-slate-700">
      <input type="checkbox" className="size-4 rounded border-slate-300" {...props} />
      {label}
    </label>
  );
}
