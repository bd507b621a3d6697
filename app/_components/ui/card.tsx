import type { ReactNode } from 'react';
import { cn } from './cn';

export function Card({
  title,
  actions,
  children,
  className,
  label,
}: {
  title?: ReactNode;
  /** Names the panel for screen readers (and tests) when its title is not plain text. */
  label?: string;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section
      aria-label={label}
      className={cn('rounded-lg border border-slate-200 bg-white shadow-sm', className)}
    >
      {(title || actions) && (
        <header className="flex items-center justify-between gap-4 border-b border-slate-100 px-5 py-3">
          <h2 className="text-sm font-semibold text-slate-800">{title}</h2>
          <div className="flex items-center gap-2">{actions}</div>
        </header>
      )}
      <div className="p-5">{children}</div>
    </section>
  );
}
