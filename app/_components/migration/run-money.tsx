import { formatDifference } from '@/app/_components/migration/decimal';
import { Money } from '@/app/_components/money';

/**
 * An amount of a parallel run: `Money` in its currency, as everywhere in the console. Without a
 * currency (a run that reconciled no account; an account the import did not create, in a run
 * over several currencies) the settled decimal exactly as the API sent it, never a guess.
 */
export function RunMoney({ amount, currency }: { amount: string; currency: string | null }) {
  return currency ? (
    <Money amount={amount} currency={currency} />
  ) : (
    <span className="whitespace-nowrap tabular-nums">{amount}</span>
  );
}

/** A difference of a parallel run (Switchboard minus legacy), signed, in its currency when known. */
export function RunDifference({ amount, currency }: { amount: string; currency: string | null }) {
  return currency ? (
    <Money amount={amount} currency={currency} signed />
  ) : (
    <span className="whitespace-nowrap tabular-nums">{formatDifference(amount, null)}</span>
  );
}
