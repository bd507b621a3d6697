import type { InputHTMLAttributes, ReactNode } from 'react';

/**
 * A group of controls under one legend (a list of goals, a set of options), with the error the
 * server gave for the group as a whole. `Field` is the same for a single control.
 */
export function Fieldset({
  legend,
  error,
  hint,
  children,
}: {
  legend: string;
  error?: string | null;
  hint?: ReactNode;
  children: ReactNode;
}) {
  return (
    <fieldset className="space-y-2">
      <legend className="mb-1 block text-xs font-medium text-slate-700">{legend}</legend>
      {children}
      {hint && !error && <p className="text-xs text-slate-500">{hint}</p>}
      {error && (
        <p className="text-xs text-red-700" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** One checkbox or radio of a group, with its words beside it, inside a Fieldset. */
export function Choice({
  children,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { children: ReactNode }) {
  return (
    <label className="flex items-center gap-1.5">
      <input {...input} />
      {children}
    </label>
  );
}
