import type { HTMLAttributes, ReactNode } from 'react';
import { cn } from './cn';

const tones = {
  neutral: 'bg-slate-50 text-slate-600 ring-slate-200',
  warn: 'bg-amber-50 text-amber-900 ring-amber-200',
} as const;

/**
 * A note in a page's flow that asks to be read before acting: a warning (a placeholder
 * sender, recipients without a value) or why something is missing (a read-only role).
 */
export function Notice({
  tone = 'neutral',
  className,
  children,
  ...attributes
}: HTMLAttributes<HTMLDivElement> & { tone?: keyof typeof tones; children: ReactNode }) {
  return (
    <div className={cn('rounded-md px-3 py-2 text-sm ring-1', tones[tone], className)} {...attributes}>
      {children}
    </div>
  );
}
