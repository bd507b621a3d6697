import { Money } from '@/app/_components/money';
import { Card } from '@/app/_components/ui/card';
import { Cell, NumberCell, NumberHead, Table } from '@/app/_components/ui/table';
import { formatQuantity } from '@/lib/money/format-money';
import type { PortalUsageMonth } from '@/lib/portal/types';

function monthName(month: string): string {
  const [year, index] = month.split('-').map(Number);
  return new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year ?? 1970, (index ?? 1) - 1, 1)),
  );
}

/** Usage of this month so far and last month, priced as the invoice prices it. */
export function PortalUsage({ months, currency }: { months: PortalUsageMonth[]; currency: string }) {
  return (
    <Card title="Usage">
      <Table
        head={[
          'Month',
          <NumberHead key="calls">Calls</NumberHead>,
          <NumberHead key="minutes">Minutes</NumberHead>,
          'Other usage',
          <NumberHead key="amount">Usage charges</NumberHead>,
        ]}
      >
        {months.map((month) => (
          <tr key={month.month}>
            <Cell>
              {monthName(month.month)}
              {month.current && <span className="ml-1 text-xs text-slate-500">(so far)</span>}
            </Cell>
            <NumberCell>{formatQuantity(String(month.calls))}</NumberCell>
            <NumberCell>{formatQuantity(month.minutes)}</NumberCell>
            <Cell>
              {month.metered.length === 0
                ? '—'
                : month.metered.map((line) => `${line.name}: ${formatQuantity(line.quantity)}`).join(' · ')}
            </Cell>
            <NumberCell>
              <Money amount={month.total} currency={currency} />
            </NumberCell>
          </tr>
        ))}
      </Table>
      <p className="mt-3 text-xs text-slate-500">
        Calls are charged as your invoice charges them, after any minutes your plan includes.
      </p>
    </Card>
  );
}
