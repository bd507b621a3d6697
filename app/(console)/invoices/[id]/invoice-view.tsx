'use client';

import Link from 'next/link';
import { type ReactNode, useState } from 'react';
import { emailTones } from '@/app/_components/billing/email-status';
import { lastDay } from '@/app/_components/billing/invoice-list';
import { InvoiceStatusBadge } from '@/app/_components/billing/status-badges';
import { UnitPrice } from '@/app/_components/billing/unit-price';
import { enumLabel, formatDateTime, formatDay } from '@/app/_components/format';
import { errorMessage, graphqlRequest } from '@/app/_components/graphql-client';
import { Money } from '@/app/_components/money';
import { useCan } from '@/app/_components/permissions';
import { Badge } from '@/app/_components/ui/badge';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { Detail } from '@/app/_components/ui/detail';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { QueryStatus } from '@/app/_components/ui/query-status';
import { Cell, NumberCell, NumberHead, Table } from '@/app/_components/ui/table';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';
import { formatDayRange } from '@/lib/dates';
import { formatQuantity } from '@/lib/money/format-money';
import { InvoiceActions } from './invoice-actions';

/** The invoice page's data; `billTo` is as the invoice prints it (the account's current details on a draft). */
const INVOICE_VIEW = graphql(`
  query InvoiceView($id: ID!) {
    invoice(id: $id) {
      ...InvoiceActionsInvoice
      id kind status number currency periodStart periodEnd issueDate dueDate subtotal taxTotal total note
      amountDue
      account { id name }
      billTo { externalId name }
      billRun { id }
      creditedInvoice { id number }
      creditNotes { id number status total issueDate note }
      lines { id lineType description quantity unitPrice amount productCode serviceStart serviceEnd }
      payments { amount payment { id receivedDate method reference } }
      emails { id recipient status transport error requestedBy createdAt sentAt }
    }
  }
`);

const INVOICE_VIEW_RESEND_EMAIL = graphql(`
  mutation InvoiceViewResendEmail($input: ResendInvoiceEmailInput!) {
    resendInvoiceEmail(input: $input) { email { id } userErrors { code field message } }
  }
`);

function TotalRow({ label, children, strong }: { label: ReactNode; children: ReactNode; strong?: boolean }) {
  return (
    <div
      className={`flex justify-between gap-8 py-1 ${strong ? 'border-t border-slate-200 pt-2 font-semibold text-slate-900' : 'text-slate-700'}`}
    >
      <dt>{label}</dt>
      <dd className="text-right">{children}</dd>
    </div>
  );
}

/**
 * Sends again an email whose outcome is unknown, once the user confirms (the mail server may
 * already have it; the copy carries the same Message-ID).
 */
function ResendEmailButton({ emailId, onDone }: { emailId: string; onDone: () => void }) {
  const can = useCan();
  const [problem, setProblem] = useState<string | null>(null);
  if (!can('resendInvoiceEmail')) return null;
  async function resend() {
    const sure = window.confirm(
      'The mail server may already have this email. Check its log first. Send it again (same Message-ID)?',
    );
    if (!sure) return;
    try {
      const { resendInvoiceEmail } = await graphqlRequest(INVOICE_VIEW_RESEND_EMAIL, { input: { emailId } });
      if (resendInvoiceEmail.userErrors.length > 0)
        setProblem(resendInvoiceEmail.userErrors.map((e) => e.message).join(' '));
      else onDone();
    } catch (caught) {
      setProblem(errorMessage(caught));
    }
  }
  return (
    <span className="mt-1 block">
      <Button variant="secondary" onClick={resend} data-testid="resend-email">
        Resend…
      </Button>
      {problem && <span className="block text-xs text-red-700">{problem}</span>}
    </span>
  );
}

/** One invoice or credit note: header, lines, tax, totals, credit notes, payments, emails and actions. */
export function InvoiceView({ id }: { id: string }) {
  const [refresh, setRefresh] = useState(0);
  const { data, error } = useGraphQLQuery(INVOICE_VIEW, { id }, refresh);
  if (!data) return <QueryStatus error={error} loading="Loading the invoice…" />;
  const invoice = data.invoice;
  if (!invoice)
    return (
      <EmptyState
        title="No such invoice"
        action={
          <Link href="/invoices?tab=invoices" className="text-brand-700 hover:underline">
            All invoices
          </Link>
        }
      >
        A discarded draft no longer exists; or the link is wrong.
      </EmptyState>
    );
  const isCreditNote = invoice.kind === 'CREDIT_NOTE';
  const charges = invoice.lines.filter((line) => line.lineType !== 'TAX');
  const taxes = invoice.lines.filter((line) => line.lineType === 'TAX');
  const money = (amount: string) => <Money amount={amount} currency={invoice.currency} />;
  const title = `${isCreditNote ? 'Credit note' : 'Invoice'} ${invoice.number ?? 'DRAFT'}`;

  return (
    <>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="flex items-center gap-3 text-2xl font-semibold tracking-tight text-slate-900">
            <span data-testid="invoice-number">{title}</span>
            <InvoiceStatusBadge status={invoice.status} />
          </h1>
          <p className="mt-1 text-sm text-slate-600">
            <Link href={`/accounts/${invoice.account.id}`} className="text-brand-700 hover:underline">
              {invoice.billTo.externalId} · {invoice.billTo.name}
            </Link>
            {invoice.billTo.name !== invoice.account.name && (
              <span className="text-slate-500"> (the account is now {invoice.account.name})</span>
            )}
            {invoice.billRun && (
              <>
                {' · '}
                <Link
                  href={`/invoices/bill-runs/${invoice.billRun.id}`}
                  className="text-brand-700 hover:underline"
                >
                  its bill run
                </Link>
              </>
            )}
          </p>
        </div>
      </div>
      <div className="space-y-6">
        <Card>
          <dl className="grid gap-4 sm:grid-cols-3 lg:grid-cols-[1.5fr_repeat(5,1fr)]">
            <Detail label="Period">
              <span className="whitespace-nowrap">{formatDay(invoice.periodStart)} –</span>{' '}
              <span className="whitespace-nowrap">{formatDay(lastDay(invoice.periodEnd))}</span>
            </Detail>
            <Detail label="Issued">{invoice.issueDate ? formatDay(invoice.issueDate) : 'not yet'}</Detail>
            <Detail label="Due">{formatDay(invoice.dueDate)}</Detail>
            <Detail label="Total">
              <Money amount={invoice.total} currency={invoice.currency} className="font-semibold" />
            </Detail>
            <Detail label="Amount due">
              {invoice.amountDue === null ? (
                '—'
              ) : (
                <span data-testid="amount-due">
                  <Money amount={invoice.amountDue} currency={invoice.currency} className="font-semibold" />
                </span>
              )}
            </Detail>
            <Detail label={isCreditNote ? 'Credits' : 'Credit notes'}>
              {isCreditNote && invoice.creditedInvoice ? (
                <Link
                  href={`/invoices/${invoice.creditedInvoice.id}`}
                  className="text-brand-700 hover:underline"
                >
                  {invoice.creditedInvoice.number}
                </Link>
              ) : invoice.creditNotes.length === 0 ? (
                '—'
              ) : (
                invoice.creditNotes.map((note) => (
                  <Link
                    key={note.id}
                    href={`/invoices/${note.id}`}
                    className="mr-2 text-brand-700 hover:underline"
                  >
                    {note.number ?? 'DRAFT'}
                  </Link>
                ))
              )}
            </Detail>
          </dl>
          {invoice.note && <p className="mt-4 text-sm text-slate-700">Note: {invoice.note}</p>}
          <div className="mt-5 border-t border-slate-100 pt-4">
            <InvoiceActions invoice={invoice} onChanged={() => setRefresh((n) => n + 1)} />
          </div>
        </Card>

        <Card title="Lines">
          {charges.length === 0 ? (
            <p className="text-sm text-slate-500">No charge lines.</p>
          ) : (
            <Table
              head={[
                'Description',
                'Type',
                <NumberHead key="q">Quantity</NumberHead>,
                <NumberHead key="u">Unit price</NumberHead>,
                <NumberHead key="a">Amount</NumberHead>,
              ]}
            >
              {charges.map((line) => (
                <tr key={line.id}>
                  <Cell className="max-w-xl">
                    {line.description}
                    {line.serviceStart && line.serviceEnd && line.lineType !== 'ONE_TIME' && (
                      <span className="block text-xs text-slate-600" data-testid="service-period">
                        {formatDayRange(line.serviceStart, line.serviceEnd, undefined)}
                      </span>
                    )}
                    {line.productCode && (
                      <span className="block text-xs text-slate-500">{line.productCode}</span>
                    )}
                  </Cell>
                  <Cell>{enumLabel(line.lineType)}</Cell>
                  <NumberCell>{formatQuantity(line.quantity)}</NumberCell>
                  <NumberCell>
                    <UnitPrice price={line.unitPrice} currency={invoice.currency} />
                  </NumberCell>
                  <NumberCell>{money(line.amount)}</NumberCell>
                </tr>
              ))}
            </Table>
          )}
          <div className="mt-4 flex justify-end">
            <dl className="w-80 text-sm">
              <TotalRow label="Subtotal">{money(invoice.subtotal)}</TotalRow>
              {taxes.map((line) => (
                <TotalRow
                  key={line.id}
                  label={
                    <>
                      {line.description}{' '}
                      <span className="text-xs text-slate-500">on {money(line.quantity)}</span>
                    </>
                  }
                >
                  {money(line.amount)}
                </TotalRow>
              ))}
              {taxes.length === 0 && <TotalRow label="Tax">{money(invoice.taxTotal)}</TotalRow>}
              <TotalRow label={`Total (${invoice.currency})`} strong>
                {money(invoice.total)}
              </TotalRow>
              {invoice.amountDue !== null && (
                <TotalRow label="Amount due" strong>
                  {money(invoice.amountDue)}
                </TotalRow>
              )}
            </dl>
          </div>
        </Card>

        {!isCreditNote && (
          <Card title="Payments applied">
            {invoice.payments.length === 0 ? (
              <p className="text-sm text-slate-500">
                {invoice.status === 'FINALIZED' ? 'No payments yet.' : 'Only finalized invoices are paid.'}
              </p>
            ) : (
              <Table head={['Received', 'Method', 'Reference', <NumberHead key="a">Applied</NumberHead>]}>
                {invoice.payments.map((applied) => (
                  <tr key={applied.payment.id}>
                    <Cell className="whitespace-nowrap">{formatDay(applied.payment.receivedDate)}</Cell>
                    <Cell>{enumLabel(applied.payment.method)}</Cell>
                    <Cell>{applied.payment.reference ?? '—'}</Cell>
                    <NumberCell>{money(applied.amount)}</NumberCell>
                  </tr>
                ))}
              </Table>
            )}
          </Card>
        )}

        {invoice.creditNotes.length > 0 && (
          <Card title="Credit notes">
            <Table
              head={['Credit note', 'Issued', 'Status', 'Reason', <NumberHead key="t">Total</NumberHead>]}
            >
              {invoice.creditNotes.map((note) => (
                <tr key={note.id}>
                  <Cell>
                    <Link
                      href={`/invoices/${note.id}`}
                      className="font-medium text-brand-700 hover:underline"
                    >
                      {note.number ?? 'DRAFT'}
                    </Link>
                  </Cell>
                  <Cell className="whitespace-nowrap">{formatDay(note.issueDate)}</Cell>
                  <Cell>
                    <InvoiceStatusBadge status={note.status} />
                  </Cell>
                  <Cell>{note.note ?? '—'}</Cell>
                  <NumberCell>{money(note.total)}</NumberCell>
                </tr>
              ))}
            </Table>
          </Card>
        )}

        <div data-testid="invoice-emails">
          <Card title="Emails">
            {invoice.emails.length === 0 ? (
              <p className="text-sm text-slate-500">Not emailed.</p>
            ) : (
              <Table head={['Queued', 'To', 'Status', 'Sent', 'Asked by']}>
                {invoice.emails.map((email) => (
                  <tr key={email.id}>
                    <Cell className="whitespace-nowrap">{formatDateTime(email.createdAt)}</Cell>
                    <Cell>{email.recipient}</Cell>
                    <Cell>
                      <Badge tone={emailTones[email.status]}>
                        {email.status === 'UNKNOWN' ? 'Outcome unknown' : enumLabel(email.status)}
                        {email.transport === 'OUTBOX' && ' (outbox)'}
                      </Badge>
                      {email.error && <span className="block text-xs text-red-700">{email.error}</span>}
                      {email.status === 'UNKNOWN' && (
                        <ResendEmailButton emailId={email.id} onDone={() => setRefresh((n) => n + 1)} />
                      )}
                    </Cell>
                    <Cell className="whitespace-nowrap">{formatDateTime(email.sentAt)}</Cell>
                    <Cell>{email.requestedBy}</Cell>
                  </tr>
                ))}
              </Table>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
