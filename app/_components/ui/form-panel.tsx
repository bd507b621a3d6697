import type { FormHTMLAttributes } from 'react';
import { cn } from './cn';

/**
 * An inline form opened inside a page or card (add a module, record a payment): a tinted
 * panel that sets it apart from what it edits. Name it with `aria-label`.
 */
export function FormPanel({
  className,
  ...props
}: FormHTMLAttributes<HTMLFormElement> & { 'aria-label': string }) {
  return (
    <form
      className={cn('space-y-4 rounded-md bg-slate-50 p-4 ring-1 ring-slate-200', className)}
      {...props}
    />
  );
}
