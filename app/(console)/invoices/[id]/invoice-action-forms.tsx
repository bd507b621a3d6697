'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, type ReactNode, useState } from 'react';
import { FormValues } from '@/app/_components/form-values';
import { graphqlRequest } from '@/app/_components/graphql-client';
import { MailSenderWarning } from '@/app/_components/mail-sender-warning';
import { Money } from '@/app/_components/money';
import { RecordPaymentForm } from '@/app/_components/payments/record-payment-form';
import { today } from '@/app/_components/today';
import { Checkbox } from '@/app/_components/ui/checkbox';
import { choicesOf } from '@/app/_components/ui/choice-select';
import { ErrorText } from '@/app/_components/ui/error-text';
import { Field, TextInput } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { FormPanel } from '@/app/_components/ui/form-panel';
import { RadioChoices } from '@/app/_components/ui/radio-choices';
import { useFormSubmission } from '@/app/_components/use-form-submission';
import { useMutationForm } from '@/app/_components/use-mutation-form';
import { graphql } from '@/app/_gql';
import type { InvoiceActionFormsInvoiceFragment } from '@/app/_gql/graphql';

/** What the action forms read of the invoice. */
export const INVOICE_ACTION_FORMS_INVOICE = graphql(`
  fragment InvoiceActionFormsInvoice on Invoice {
    id number currency
    account { id billingEmail }
    billRun { issueDate }
    lines { id lineType description amount }
    emails { id status }
  }
`);

const INVOICE_ACTION_FORMS_FINALIZE = graphql(`
  mutation InvoiceActionFormsFinalize($input: FinalizeInvoiceInput!) {
    finalizeInvoice(input: $input) { invoice { id } userErrors { code field message } }
  }
`);

const INVOICE_ACTION_FORMS_DISCARD = graphql(`
  mutation InvoiceActionFormsDiscard($input: DiscardDraftInvoiceInput!) {
    discardDraftInvoice(input: $input) { discardedId userErrors { code field message } }
  }
`);

const INVOICE_ACTION_FORMS_VOID = graphql(`
  mutation InvoiceActionFormsVoid($input: VoidInvoiceInput!) {
    voidInvoice(input: $input) { invoice { id } reissueBillRun { id } userErrors { code field message } }
  }
`);

const INVOICE_ACTION_FORMS_CREDIT = graphql(`
  mutation InvoiceActionFormsCredit($input: CreditInvoiceInput!) {
    creditInvoice(input: $input) { invoice { id } userErrors { code field message } }
  }
`);

const INVOICE_ACTION_FORMS_SEND = graphql(`
  mutation InvoiceActionFormsSend($input: SendInvoiceInput!) {
    sendInvoice(input: $input) { email { id } userErrors { code field message } }
  }
`);

export interface InvoiceActionFormProps {
  invoice: InvoiceActionFormsInvoiceFragment;
  onDone: () => void;
  onCancel: () => void;
}

/** Fields the forms show their errors beside; any other field's error is shown at the foot. */
const fieldsWithErrors = ['form', 'issueDate', 'reason', 'to', 'amount'];

function Panel({
  label,
  onSubmit,
  children,
  errors,
  pending,
  submitLabel,
  danger,
  onCancel,
}: {
  label: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  children?: ReactNode;
  errors: Record<string, string>;
  pending: boolean;
  submitLabel: string;
  danger?: boolean;
  onCancel: () => void;
}) {
  const footError = [
    errors.form,
    ...Object.entries(errors)
      .filter(([field]) => !fieldsWithErrors.includes(field))
      .map(([, message]) => message),
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <FormPanel aria-label={label} onSubmit={onSubmit} className="mt-4">
      <div>{children}</div>
      <FormFooter
        error={footError}
        pending={pending}
        submit={submitLabel}
        busy="Working…"
        variant={danger ? 'danger' : 'primary'}
        onCancel={onCancel}
      />
    </FormPanel>
  );
}

/** Numbers and freezes a draft, dated by default with its bill run's issue date; the due date follows from the account's terms. */
export function FinalizeForm({ invoice, onDone, onCancel }: InvoiceActionFormProps) {
  const runIssueDate = invoice.billRun?.issueDate ?? null;
  const { errors, pending, onSubmit } = useMutationForm({
    mutation: INVOICE_ACTION_FORMS_FINALIZE,
    toVariables: (values) => ({ input: { id: invoice.id, issueDate: values.optionalText('issueDate') } }),
    payload: (data) => data.finalizeInvoice,
    onDone,
  });
  return (
    <Panel
      label="Finalize the invoice"
      onSubmit={onSubmit}
      errors={errors}
      pending={pending}
      submitLabel="Finalize"
      onCancel={onCancel}
    >
      <div className="grid gap-4 sm:grid-cols-3">
        <Field
          label="Issue date"
          error={errors.issueDate}
          hint={
            runIssueDate
              ? "The bill run's issue date; the due date follows from the payment terms"
              : 'The due date follows from the payment terms'
          }
        >
          <TextInput name="issueDate" type="date" defaultValue={runIssueDate ?? today()} />
        </Field>
      </div>
      <p className="mt-2 text-xs text-slate-500">
        Finalizing gives the invoice its number and freezes it; it is emailed if the account's delivery is
        email.
      </p>
    </Panel>
  );
}

/** Deletes a draft; a later bill run can bill the period again. */
export function DiscardForm({ invoice, onCancel }: InvoiceActionFormProps) {
  const router = useRouter();
  const { errors, pending, submit } = useFormSubmission();
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const payload = await submit(
      async () =>
        (await graphqlRequest(INVOICE_ACTION_FORMS_DISCARD, { input: { id: invoice.id } }))
          .discardDraftInvoice,
    );
    if (payload) router.push(`/accounts/${invoice.account.id}`);
  }
  return (
    <Panel
      label="Discard the draft"
      onSubmit={onSubmit}
      errors={errors}
      pending={pending}
      submitLabel="Discard draft"
      danger
      onCancel={onCancel}
    >
      <p className="text-sm text-slate-700">
        The draft is deleted. A later bill run over this period bills the account again.
      </p>
    </Panel>
  );
}

/** Voids a finalized invoice (it keeps its number), optionally queuing a bill run that reissues it. */
export function VoidForm({ invoice, onDone, onCancel }: InvoiceActionFormProps) {
  const router = useRouter();
  const { errors, pending, onSubmit } = useMutationForm({
    mutation: INVOICE_ACTION_FORMS_VOID,
    toVariables: (values) => ({
      input: { id: invoice.id, reason: values.text('reason'), reissue: values.checked('reissue') },
    }),
    payload: (data) => data.voidInvoice,
    onDone: (payload) => {
      const reissue = payload.reissueBillRun;
      if (reissue) router.push(`/invoices/bill-runs/${reissue.id}`);
      else onDone();
    },
  });
  return (
    <Panel
      label="Void the invoice"
      onSubmit={onSubmit}
      errors={errors}
      pending={pending}
      submitLabel="Void invoice"
      danger
      onCancel={onCancel}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Reason (kept on the invoice)" error={errors.reason}>
          <TextInput name="reason" required />
        </Field>
        <Checkbox name="reissue">Reissue: bill the account's period again as a new draft</Checkbox>
      </div>
      <p className="mt-2 text-xs text-slate-500">Payments applied to it go back to the account as credit.</p>
    </Panel>
  );
}

type CreditMode = 'full' | 'partial';

const creditModeLabels: Record<CreditMode, string> = {
  full: 'Everything left on the invoice',
  partial: 'Amounts per line',
};

/** A credit note for everything left, or for chosen amounts per charge line (their tax follows). */
export function CreditForm({ invoice, onDone, onCancel }: InvoiceActionFormProps) {
  const router = useRouter();
  const [mode, setMode] = useState<CreditMode>('full');
  const [amounts, setAmounts] = useState<Record<string, string>>({});
  const { errors, pending, submit } = useFormSubmission();
  const chargeLines = invoice.lines.filter((line) => line.lineType !== 'TAX');
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = FormValues.of(event.currentTarget);
    const lines =
      mode === 'full'
        ? null
        : Object.entries(amounts)
            .filter(([, amount]) => amount.trim())
            .map(([lineId, amount]) => ({ lineId, amount: amount.trim() }));
    const input = { invoiceId: invoice.id, reason: values.text('reason'), lines };
    const payload = await submit(
      async () => (await graphqlRequest(INVOICE_ACTION_FORMS_CREDIT, { input })).creditInvoice,
    );
    const note = payload?.invoice;
    if (note) router.push(`/invoices/${note.id}`);
    else if (payload) onDone();
  }
  return (
    <Panel
      label="Credit the invoice"
      onSubmit={onSubmit}
      errors={errors}
      pending={pending}
      submitLabel="Issue credit note"
      onCancel={onCancel}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Reason (printed on the credit note)" error={errors.reason}>
          <TextInput name="reason" required />
        </Field>
      </div>
      <div className="mt-3">
        <RadioChoices
          name="mode"
          choices={choicesOf(creditModeLabels)}
          labels={creditModeLabels}
          value={mode}
          onChange={setMode}
        />
      </div>
      {mode === 'partial' && (
        <div className="mt-3 space-y-2">
          {chargeLines.map((line) => (
            <div key={line.id} className="flex items-center gap-3 text-sm">
              <span className="min-w-0 flex-1 truncate text-slate-800" title={line.description}>
                {line.description}
              </span>
              <span className="w-36 shrink-0 text-right text-slate-500">
                of <Money amount={line.amount} currency={invoice.currency} />
              </span>
              <div className="w-32 shrink-0">
                <TextInput
                  inputMode="decimal"
                  placeholder="0.00"
                  aria-label={`Credit on ${line.description}`}
                  value={amounts[line.id] ?? ''}
                  onChange={(e) => setAmounts({ ...amounts, [line.id]: e.target.value })}
                />
              </div>
            </div>
          ))}
          <ErrorText>{errors.amount}</ErrorText>
        </div>
      )}
    </Panel>
  );
}

/** Emails the invoice (again) with its PDF, to the billing email or another address. */
export function SendForm({ invoice, onDone, onCancel }: InvoiceActionFormProps) {
  const { errors, pending, onSubmit } = useMutationForm({
    mutation: INVOICE_ACTION_FORMS_SEND,
    toVariables: (values) => ({
      input: {
        id: invoice.id,
        to: values.optionalText('to'),
        confirmDespiteUnknown: values.checked('confirmDespiteUnknown'),
      },
    }),
    payload: (data) => data.sendInvoice,
    onDone,
  });
  return (
    <Panel
      label="Send by email"
      onSubmit={onSubmit}
      errors={errors}
      pending={pending}
      submitLabel="Send"
      onCancel={onCancel}
    >
      <MailSenderWarning />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label="To"
          error={errors.to}
          hint={
            invoice.account.billingEmail
              ? `Empty: ${invoice.account.billingEmail}`
              : 'The account has no billing email'
          }
        >
          <TextInput
            name="to"
            type="email"
            placeholder={invoice.account.billingEmail ?? 'name@example.com'}
          />
        </Field>
        {invoice.emails.some((email) => email.status === 'UNKNOWN') && (
          <Checkbox name="confirmDespiteUnknown">
            Send a new email even where an earlier one's outcome is unknown (it may arrive twice)
          </Checkbox>
        )}
      </div>
    </Panel>
  );
}

/** A payment received for this invoice: all of it applied here. */
export function PayForm({ invoice, onDone, onCancel }: InvoiceActionFormProps) {
  return (
    <fieldset className="mt-4 rounded-md bg-slate-50 p-4" aria-label="Record a payment">
      <RecordPaymentForm
        account={{ id: invoice.account.id, currency: invoice.currency }}
        forInvoice={{ id: invoice.id, number: invoice.number ?? '' }}
        onRecorded={onDone}
        onCancel={onCancel}
      />
    </fieldset>
  );
}
