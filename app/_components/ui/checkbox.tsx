import type { InputHTMLAttributes, ReactNode } from 'react';

/**
 * A checkbox with its label beside it, for a form grid: it sits at the bottom of its row,
 * level with the inputs next to it.
 */
export function Checkbox({
  label,
  ...props
}: { label: ReactNode } & Omit<InputHTMLAttributes<HTMLInputElement>, 'type'>) {
  return (
    <label className="flex items-center gap-2 self-end pb-2 text-sm text-slate-700">
      <input type="checkbox" {...props} />
      {label}
    </label>
  );
}
