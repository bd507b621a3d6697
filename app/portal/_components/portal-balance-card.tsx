import { isPositiveAmount, Money } from '@/app/_components/money';
import { Card } from '@/app/_components/ui/card';
import type { AccountBalance } from '@/lib/payments/get-account-balance';

/** What the customer owes, or what stands in their favour. */
export function PortalBalanceCard({ balance }: { balance: AccountBalance }) {
  const owed = isPositiveAmount(balance.balance);
  const inFavour = balance.balance.startsWith('-');
  const shown = inFavour ? balance.balance.slice(1) : balance.balance;
  return (
    <Card title="Balance">
      <p className="text-sm text-slate-500">
        {owed ? 'You owe' : inFavour ? 'In your favour' : 'Nothing to pay'}
      </p>
      <p className="mt-1 text-3xl font-semibold text-slate-900" data-testid="portal-balance">
        <Money amount={shown} currency={balance.currency} />
      </p>
      <dl className="mt-4 grid grid-cols-2 gap-2 text-sm">
        <dt className="text-slate-500">Invoiced</dt>
        <dd className="text-right">
          <Money amount={balance.invoiced} currency={balance.currency} />
        </dd>
        <dt className="text-slate-500">Paid</dt>
        <dd className="text-right">
          <Money amount={balance.paid} currency={balance.currency} />
        </dd>
        <dt className="text-slate-500">Credited</dt>
        <dd className="text-right">
          <Money amount={balance.credited} currency={balance.currency} />
        </dd>
      </dl>
    </Card>
  );
}
