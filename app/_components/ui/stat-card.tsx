import type { ReactNode } from 'react';
import { cn } from './cn';

const tones = {
  neutral: 'ring-slate-200 bg-white',
  good: 'ring-emerald-200 bg-emerald-50/50',
  warn: 'ring-amber-200 bg-amber-50/60',
  bad: 'ring-red-200 bg-red-50/60',
} as const;

export type StatTone = keyof typeof tones;

/**
 * The console's one stat card: a figure with its label, and what it means underneath. Place
 * cards in a `<dl>` grid. `compact` for dense boards such as the war room. `testId` marks the
 * card (its text includes the label); `valueTestId` marks the figure alone.
 */
export function StatCard({
  label,
  value,
  detail,
  tone = 'neutral',
  compact,
  testId,
  valueTestId,
}: {
  label: string;
  value: ReactNode;
  detail?: ReactNode;
  tone?: StatTone;
  compact?: boolean;
  testId?: string;
  valueTestId?: string;
}) {
  return (
    <div
      className={cn('min-w-0 rounded-lg shadow-sm ring-1', compact ? 'px-3 py-2' : 'px-4 py-3', tones[tone])}
      data-testid={testId}
    >
      <dt className="text-xs font-medium text-slate-500">{label}</dt>
      <dd
        className={cn(
          'font-semibold tracking-tight text-slate-900 tabular-nums break-words',
          compact ? 'mt-0.5 text-xl' : 'mt-1 text-2xl',
        )}
        data-testid={valueTestId}
      >
        {value}
      </dd>
      {detail && <dd className="mt-0.5 text-xs text-slate-600">{detail}</dd>}
    </div>
  );
}
