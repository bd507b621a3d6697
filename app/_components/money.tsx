import { formatAmount } from '@/lib/money/format-money';
import { cn } from './ui/cn';

/**
 * The console's one way to show money: a settled amount from the API (a decimal string) as
 * "USD 1,339.56", the currency code first (muted) and the digits grouped, never through a
 * float. Tabular figures, so amounts line up in right-aligned columns. In plain text (a sentence,
 * a title attribute) use `formatMoney` from `@/lib/money/format-money`, which reads the same.
 */
export function Money({
  amount,
  currency,
  signed,
  className,
}: {
  amount: string;
  currency: string;
  /** A difference: a + in front of what is above zero, so its direction reads at a glance. */
  signed?: boolean;
  className?: string;
}) {
  const shown = formatAmount(amount, currency);
  return (
    <span className={cn('whitespace-nowrap tabular-nums', className)}>
      <span className="text-[0.8em] text-slate-400">{currency}</span>{' '}
      {signed && isPositiveAmount(shown.replaceAll(',', '')) ? `+${shown}` : shown}
    </span>
  );
}

/** Whether a decimal string is above zero, read from its digits. */
export function isPositiveAmount(amount: string): boolean {
  return !amount.startsWith('-') && /[1-9]/.test(amount);
}
