'use client';

import { type FormEvent, type ReactNode, useState } from 'react';
import { graphql } from '@/app/_gql';
import type {
  PaymentMethod,
  RecordPaymentFormOpenInvoiceFragment,
  RecordPaymentFormRecordMutation,
} from '@/app/_gql/graphql';
import { formatMoney } from '@/lib/money/format-money';
import { enumLabel } from '../format';
import { graphqlRequest } from '../graphql-client';
import { isPositiveAmount, Money } from '../money';
import { ErrorText } from '../ui/error-text';
import { Field, Select, TextInput } from '../ui/field';
import { Choice, Fieldset } from '../ui/fieldset';
import { FormFooter } from '../ui/form-footer';
import { useFormSubmission } from '../use-form-submission';

const methods: readonly PaymentMethod[] = ['CHECK', 'ACH', 'WIRE', 'CARD', 'MANUAL'];

/** A finalized invoice with something still owed, that a payment can go to. */
export const RECORD_PAYMENT_FORM_OPEN_INVOICE = graphql(`
  fragment RecordPaymentFormOpenInvoice on Invoice { id number dueDate amountDue }
`);
/** Open means finalized (so numbered) with an amount still due: the caller narrows to these. */
export type OpenInvoice = RecordPaymentFormOpenInvoiceFragment & { number: string; amountDue: string };

const RECORD_PAYMENT = graphql(`
  mutation RecordPaymentFormRecord($input: RecordPaymentInput!) {
    recordPayment(input: $input) {
      payment { amount currency unallocatedAmount allocations { invoiceNumber amount } }
      userErrors { code field message }
    }
  }
`);

type RecordedPayment = RecordPaymentFormRecordMutation['recordPayment']['payment'];
type Allocation = 'oldest' | 'chosen' | 'credit';

const allocationChoices: readonly [Allocation, string][] = [
  ['oldest', 'Open invoices, oldest due first'],
  ['chosen', 'Invoices I choose'],
  ['credit', 'Nothing: keep it as credit'],
];

/** The fields this form shows an error beside; any other userError is listed under the form. */
const shownAtField = ['form', 'amount', 'currency', 'receivedDate', 'reference', 'allocations'];

/**
 * A payment entered by hand for one account. Without `openInvoices` it pays the oldest
 * invoices first; with them, the user may also choose amounts per invoice or keep it all
 * as credit; with `forInvoice`, all of it goes to that invoice (at most what it owes).
 * Whatever is not allocated stays on the account as credit.
 */
export function RecordPaymentForm({
  account,
  accountPicker,
  openInvoices,
  forInvoice,
  onRecorded,
  onCancel,
}: {
  account: { id: string; currency: string } | undefined;
  accountPicker?: ReactNode;
  openInvoices?: OpenInvoice[];
  forInvoice?: { id: string; number: string };
  onCancel?: () => void;
  onRecorded: () => void;
}) {
  const [amount, setAmount] = useState('');
  const [method, setMethod] = useState<PaymentMethod>('CHECK');
  const [receivedDate, setReceivedDate] = useState(() => new Date().toISOString().slice(0, 10));
  const [reference, setReference] = useState('');
  // Shown once the account turned out to have the reference already: the user may say this
  // is another payment quoting it (a lockbox or standing-order reference).
  const [referenceTaken, setReferenceTaken] = useState(false);
  const [separatePayment, setSeparatePayment] = useState(false);
  const [allocation, setAllocation] = useState<Allocation>('oldest');
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [result, setResult] = useState<RecordedPayment>(null);
  const { errors, pending, submit } = useFormSubmission();

  function allocations() {
    if (forInvoice) return [{ invoiceId: forInvoice.id, amount: amount.trim() }];
    if (allocation === 'oldest') return undefined;
    if (allocation === 'credit') return [];
    return Object.entries(chosen)
      .filter(([, value]) => value.trim())
      .map(([invoiceId, value]) => ({ invoiceId, amount: value.trim() }));
  }

  async function record(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!account) return;
    setResult(null);
    const payload = await submit(async () => {
      const { recordPayment: recorded } = await graphqlRequest(RECORD_PAYMENT, {
        input: {
          accountId: account.id,
          amount: amount.trim(),
          currency: account.currency,
          method,
          receivedDate,
          reference: reference.trim() || null,
          allowDuplicateReference: referenceTaken && separatePayment,
          allocations: allocations(),
        },
      });
      setReferenceTaken(
        recorded.userErrors.some((e) => e.code === 'TAKEN' && e.field?.join('.') === 'input.reference'),
      );
      return recorded;
    });
    if (payload?.payment) {
      setResult(payload.payment);
      setAmount('');
      setReference('');
      setSeparatePayment(false);
      setChosen({});
      onRecorded();
    }
  }

  return (
    <form onSubmit={record} aria-label="Record a payment">
      <div className="grid gap-4 sm:grid-cols-2">
        {accountPicker}
        <Field
          label={`Amount${account ? ` (${account.currency})` : ''}`}
          error={errors.amount ?? errors.currency}
        >
          <TextInput
            inputMode="decimal"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            placeholder="0.00"
            aria-label="Payment amount"
          />
        </Field>
        <Field label="Method">
          <Select
            value={method}
            onChange={(e) => setMethod(methods.find((m) => m === e.target.value) ?? 'CHECK')}
          >
            {methods.map((m) => (
              <option key={m} value={m}>
                {enumLabel(m)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Received" error={errors.receivedDate}>
          <TextInput type="date" value={receivedDate} onChange={(e) => setReceivedDate(e.target.value)} />
        </Field>
        <Field label="Reference (check number, bank reference)" error={errors.reference}>
          <TextInput
            value={reference}
            onChange={(e) => {
              setReference(e.target.value);
              setReferenceTaken(false);
              setSeparatePayment(false);
            }}
          />
        </Field>
        {referenceTaken && (
          <div className="text-sm text-slate-700 sm:col-start-2">
            <Choice
              type="checkbox"
              checked={separatePayment}
              onChange={(e) => setSeparatePayment(e.target.checked)}
            >
              It is a separate payment with the same reference
            </Choice>
          </div>
        )}
      </div>
      {forInvoice && (
        <p className="mt-3 text-xs text-slate-500">
          Applied to {forInvoice.number}, at most what it owes; pay other invoices from the account page.
        </p>
      )}
      {openInvoices && !forInvoice && (
        <div className="mt-4">
          <Fieldset legend="Apply to" error={errors.allocations}>
            <div className="flex flex-wrap gap-4 text-sm text-slate-700">
              {allocationChoices.map(([value, text]) => (
                <Choice
                  key={value}
                  type="radio"
                  name="allocation"
                  checked={allocation === value}
                  onChange={() => setAllocation(value)}
                >
                  {text}
                </Choice>
              ))}
            </div>
            {allocation === 'chosen' &&
              (openInvoices.length === 0 ? (
                <p className="mt-2 text-sm text-slate-500">No open invoices: the payment will be credit.</p>
              ) : (
                <div className="mt-2 space-y-2">
                  {openInvoices.map((invoice) => (
                    <div key={invoice.id} className="flex items-center gap-3 text-sm">
                      <span className="w-36 font-medium text-slate-800">{invoice.number ?? 'DRAFT'}</span>
                      <span className="w-40 text-right text-slate-500">
                        {invoice.amountDue !== null && account && (
                          <>
                            owes <Money amount={invoice.amountDue} currency={account.currency} />
                          </>
                        )}
                      </span>
                      <div className="w-32 shrink-0">
                        <TextInput
                          inputMode="decimal"
                          placeholder="0.00"
                          aria-label={`Apply to ${invoice.number ?? 'DRAFT'}`}
                          value={chosen[invoice.id] ?? ''}
                          onChange={(e) => setChosen({ ...chosen, [invoice.id]: e.target.value })}
                        />
                      </div>
                    </div>
                  ))}
                </div>
              ))}
          </Fieldset>
        </div>
      )}
      {Object.entries(errors)
        .filter(([field]) => !shownAtField.includes(field))
        .map(([field, message]) => (
          <div key={field} className="mt-2">
            <ErrorText>{message}</ErrorText>
          </div>
        ))}
      <div className="mt-4 space-y-2">
        <FormFooter
          error={errors.form}
          pending={pending}
          submit="Record payment"
          busy="Recording…"
          disabled={!account || !amount.trim()}
          onCancel={onCancel}
        />
        {result && (
          <p className="text-sm text-slate-700" role="status">
            Recorded {formatMoney(result.amount, result.currency)}
            {result.allocations.length > 0 &&
              `: paid ${result.allocations
                .map((a) => `${a.invoiceNumber} (${formatMoney(a.amount, result.currency)})`)
                .join(', ')}`}
            {isPositiveAmount(result.unallocatedAmount) &&
              `; ${formatMoney(result.unallocatedAmount, result.currency)} kept as credit`}
            .
          </p>
        )}
      </div>
    </form>
  );
}
