import type { FormEvent, ReactNode } from 'react';
import { cn } from './cn';

/**
 * A form opened in place, inside a card or under a row: a tinted box so it reads apart from
 * the record around it. `label` names the form for screen readers (and tests).
 */
export function InlineForm({
  label,
  onSubmit,
  className,
  children,
}: {
  label: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  className?: string;
  children: ReactNode;
}) {
  return (
    <form
      onSubmit={onSubmit}
      aria-label={label}
      className={cn('space-y-4 rounded-md bg-slate-50 p-4', className)}
    >
      {children}
    </form>
  );
}
