import type { ReactNode } from 'react';
import { cn } from './cn';

/** A quiet aside on a page: why an action is missing, a reviewer's comment. */
export function Note({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <p
      className={cn(
        'rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-600 ring-1 ring-slate-200',
        className,
      )}
    >
      {children}
    </p>
  );
}
