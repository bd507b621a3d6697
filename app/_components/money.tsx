import { formatAmount } from '@/lib/money/format-money';
import { cn } from './ui/cn';

/**
 * A settled amount from the API (a decimal string) with thousands separators, never through
 * a float. Monospaced, so amounts line up in right-aligned columns.
 */
export function Money({
  amount,
  currency,
  withCurrency,
  className,
}: {
  amount: string;
  currency: string;
  withCurrency?: boolean;
  className?: string;
}) {
  return (
    <span className={cn('font-mono whitespace-nowrap tabular-nums', className)}>
      {withCurrency && `${currency} `}
      {formatAmount(amount, currency)}
    </span>
  );
}

/** Whether a decimal string is above zero, read from its digits. */
export function isPositiveAmount(amount: string): boolean {
  return !amount.startsWith('-') && /[1-9]/.test(amount);
}
