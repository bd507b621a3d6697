import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Fragment } from 'react';
import { UnitPrice } from '@/app/_components/billing/unit-price';
import { formatDay } from '@/app/_components/format';
import { Money } from '@/app/_components/money';
import { Card } from '@/app/_components/ui/card';
import { Cell, NumberCell, NumberHead, Table } from '@/app/_components/ui/table';
import { getDb } from '@/db/client';
import { addDays } from '@/lib/dates';
import { documentTitle } from '@/lib/invoicing/pdf/invoice-document';
import { formatQuantity } from '@/lib/money/format-money';
import { getPortalInvoice } from '@/lib/portal/get-portal-invoice';
import { requirePortalContact } from '../../../_lib/portal-contact';

export const metadata: Metadata = { title: 'Invoice' };
export const dynamic = 'force-dynamic';

/** One of the customer's own invoices; any other id is simply not found. */
export default async function PortalInvoicePage({ params }: { params: Promise<{ id: string }> }) {
  const contact = await requirePortalContact();
  const { id } = await params;
  const found = await getPortalInvoice(await getDb(), contact.accountId, id);
  if (!found) notFound();
  const { invoice, lines } = found.document;
  const currency = invoice.currency;
  const charges = lines.filter((line) => line.lineType !== 'tax');
  const taxes = lines.filter((line) => line.lineType === 'tax');
  return (
    <div className="space-y-6">
      <Link href="/portal" className="text-sm text-brand-700 hover:underline">
        ← Your account
      </Link>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-xl font-semibold text-slate-900">
            {documentTitle(invoice.kind)} {invoice.number}
          </h1>
          <p className="text-sm text-slate-500">
            Issued {formatDay(invoice.issueDate)}
            {invoice.periodStart < invoice.periodEnd && (
              <>
                {' '}
                · period {formatDay(invoice.periodStart)} to {formatDay(addDays(invoice.periodEnd, -1))}
              </>
            )}
            {invoice.kind === 'invoice' && <> · due {formatDay(invoice.dueDate)}</>}
          </p>
        </div>
        <a
          href={`/api/portal/invoices/${id}/pdf`}
          className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700"
        >
          Download PDF
        </a>
      </div>
      <Card>
        <Table
          head={[
            'Description',
            <NumberHead key="qty">Quantity</NumberHead>,
            <NumberHead key="price">Unit price</NumberHead>,
            <NumberHead key="amount">Amount</NumberHead>,
          ]}
        >
          {charges.map((line, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines are printed in their stored order and never move
            <tr key={index}>
              <Cell>{line.description}</Cell>
              <NumberCell>{formatQuantity(line.quantity)}</NumberCell>
              <NumberCell>
                <UnitPrice price={line.unitPrice} currency={currency} />
              </NumberCell>
              <NumberCell>
                <Money amount={line.amount} currency={currency} />
              </NumberCell>
            </tr>
          ))}
        </Table>
        <dl className="mt-4 ml-auto grid max-w-xs grid-cols-2 gap-1 text-sm">
          <dt className="text-slate-500">Subtotal</dt>
          <dd className="text-right">
            <Money amount={invoice.subtotal} currency={currency} />
          </dd>
          {taxes.map((line) => (
            <Fragment key={line.description}>
              <dt className="text-slate-500">{line.description}</dt>
              <dd className="text-right">
                <Money amount={line.amount} currency={currency} />
              </dd>
            </Fragment>
          ))}
          <dt className="font-semibold text-slate-900">Total</dt>
          <dd className="text-right font-semibold" data-testid="portal-invoice-total">
            <Money amount={invoice.total} currency={currency} />
          </dd>
          {found.amountDue && (
            <>
              <dt className="text-slate-500">Amount due</dt>
              <dd className="text-right">
                <Money amount={found.amountDue} currency={currency} />
              </dd>
            </>
          )}
        </dl>
      </Card>
    </div>
  );
}
