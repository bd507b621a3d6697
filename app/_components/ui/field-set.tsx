import type { InputHTMLAttributes, ReactNode } from 'react';

/**
 * A group of checkboxes or radios under one legend, with its error: `Field` for controls
 * that are several inputs (a label may wrap only one).
 */
export function FieldSet({
  legend,
  error,
  children,
}: {
  legend: string;
  error?: string | null;
  children: ReactNode;
}) {
  return (
    <fieldset>
      <legend className="mb-1 block text-xs font-medium text-slate-700">{legend}</legend>
      {children}
      {error && (
        <p role="alert" className="mt-1 text-xs text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** One checkbox or radio with its words beside it, inside a FieldSet. */
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
