import Link from 'next/link';
import { formatDay } from '@/app/_components/format';
import { Money } from '@/app/_components/money';
import { Card } from '@/app/_components/ui/card';
import { Cell, NumberCell, NumberHead, Table } from '@/app/_components/ui/table';
import type { PortalInvoice } from '@/lib/portal/types';
import { PortalInvoiceStatus } from './portal-invoice-status';

/** The account's invoices and credit notes, newest first, each with its PDF. */
export function PortalInvoiceTable({ invoices }: { invoices: PortalInvoice[] }) {
  return (
    <Card title="Invoices">
      {invoices.length === 0 ? (
        <p className="text-sm text-slate-500">No invoices yet.</p>
      ) : (
        <Table
          head={[
            'Number',
            'Issued',
            'Due',
            <NumberHead key="total">Total</NumberHead>,
            <NumberHead key="due">Amount due</NumberHead>,
            'Status',
            '',
          ]}
        >
          {invoices.map(({ invoice, amountDue }) => (
            <tr key={invoice.id}>
              <Cell>
                <Link
                  href={`/portal/invoices/${invoice.id}`}
                  className="font-medium text-brand-700 hover:underline"
                >
                  {invoice.number}
                </Link>
              </Cell>
              <Cell>{formatDay(invoice.issueDate)}</Cell>
              <Cell>{invoice.kind === 'invoice' ? formatDay(invoice.dueDate) : '—'}</Cell>
              <NumberCell>
                <Money amount={invoice.total} currency={invoice.currency} />
              </NumberCell>
              <NumberCell>
                {amountDue ? <Money amount={amountDue} currency={invoice.currency} /> : '—'}
              </NumberCell>
              <Cell>
                <PortalInvoiceStatus invoice={invoice} amountDue={amountDue} />
              </Cell>
              <Cell>
                <a
                  href={`/api/portal/invoices/${invoice.id}/pdf`}
                  className="text-sm text-brand-700 hover:underline"
                  aria-label={`PDF of ${invoice.number}`}
                >
                  PDF
                </a>
              </Cell>
            </tr>
          ))}
        </Table>
      )}
    </Card>
  );
}
