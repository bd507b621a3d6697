'use client';

import { useState } from 'react';
import { isPositiveAmount } from '@/app/_components/money';
import { useCan } from '@/app/_components/permissions';
import { Button } from '@/app/_components/ui/button';
import { graphql } from '@/app/_gql';
import type { InvoiceActionsInvoiceFragment } from '@/app/_gql/graphql';
import { CreditForm, DiscardForm, FinalizeForm, PayForm, SendForm, VoidForm } from './invoice-action-forms';

export const INVOICE_ACTIONS_INVOICE = graphql(`
  fragment InvoiceActionsInvoice on Invoice {
    ...InvoiceActionFormsInvoice
    id kind status amountDue pdfUrl
    creditNotes { id }
  }
`);

type Action = 'finalize' | 'discard' | 'credit' | 'void' | 'send' | 'pay';

const forms = {
  finalize: FinalizeForm,
  discard: DiscardForm,
  credit: CreditForm,
  void: VoidForm,
  send: SendForm,
  pay: PayForm,
};

/** What can be done to the invoice in its state, by the signed-in user's role; one form open at a time. */
export function InvoiceActions({
  invoice,
  onChanged,
}: {
  invoice: InvoiceActionsInvoiceFragment;
  onChanged: () => void;
}) {
  const can = useCan();
  const [open, setOpen] = useState<Action | null>(null);
  const isDraft = invoice.status === 'DRAFT';
  const isFinal = invoice.status === 'FINALIZED';
  const available: [Action, string, 'primary' | 'secondary' | 'danger'][] = [];
  if (isDraft && can('finalizeInvoice')) available.push(['finalize', 'Finalize', 'primary']);
  if (invoice.amountDue !== null && isPositiveAmount(invoice.amountDue) && can('recordPayment'))
    available.push(['pay', 'Record payment', 'primary']);
  if (isFinal && can('sendInvoice')) available.push(['send', 'Send by email', 'secondary']);
  if (isFinal && invoice.kind === 'INVOICE' && can('creditInvoice'))
    available.push(['credit', 'Credit', 'secondary']);
  // An invoice with credit notes is not voided (the server refuses): what is left is credited instead.
  if (isFinal && invoice.kind === 'INVOICE' && invoice.creditNotes.length === 0 && can('voidInvoice'))
    available.push(['void', 'Void', 'danger']);
  if (isDraft && can('discardDraftInvoice')) available.push(['discard', 'Discard draft', 'danger']);
  const Form = open ? forms[open] : null;
  return (
    <div>
      <div className="flex flex-wrap items-center gap-2">
        {available.map(([action, label, variant]) => (
          <Button
            key={action}
            variant={open === action ? 'secondary' : variant}
            onClick={() => setOpen(action)}
          >
            {label}
          </Button>
        ))}
        <a
          href={invoice.pdfUrl}
          className="inline-flex items-center rounded-md px-3 py-1.5 text-sm font-medium text-brand-700 ring-1 ring-slate-300 hover:bg-slate-50"
          download
        >
          Download PDF
        </a>
      </div>
      {Form && (
        <Form
          invoice={invoice}
          onCancel={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            onChanged();
          }}
        />
      )}
    </div>
  );
}
