import type { ReactNode } from 'react';
import { cn } from '@/app/_components/ui/cn';

const tones = {
  neutral: 'ring-slate-200',
  good: 'ring-emerald-200 bg-emerald-50/50',
  warn: 'ring-amber-200 bg-amber-50/60',
  bad: 'ring-red-200 bg-red-50/60',
} as const;

/** One figure of a summary, with what it means underneath. */
export function Stat({
  label,
  value,
  detail,
  tone = 'neutral',
  testId,
}: {
  label: string;
  value: ReactNode;
  detail?: ReactNode;
  tone?: keyof typeof tones;
  testId?: string;
}) {
  return (
    <div className={cn('rounded-lg bg-white px-4 py-3 shadow-sm ring-1', tones[tone])} data-testid={testId}>
      <dt className="text-xs font-medium text-slate-500">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tracking-tight text-slate-900 tabular-nums">{value}</dd>
      {detail && <dd className="mt-0.5 text-xs text-slate-600">{detail}</dd>}
    </div>
  );
}
