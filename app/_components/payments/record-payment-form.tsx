'use client';

import { type ReactNode, useState } from 'react';
import { graphqlRequest, type UserErrorData } from '../graphql-client';
import { Money } from '../money';
import { Button } from '../ui/button';
import { Field, Select, TextInput } from '../ui/field';
import { useFormSubmission } from '../use-form-submission';

const methods = ['CHECK', 'ACH', 'WIRE', 'CARD', 'MANUAL'] as const;
type Method = (typeof methods)[number];

/** A finalized invoice with something still owed, that a payment can go to. */
export interface OpenInvoice {
  id: string;
  number: string;
  dueDate: string | null;
  amountDue: string;
}

type Allocation = 'oldest' | 'chosen' | 'credit';

interface Recorded {
  recordPayment: {
    payment: {
      amount: string;
      currency: string;
      unallocatedAmount: string;
      allocations: { invoiceNumber: string; amount: string }[];
    } | null;
    userErrors: UserErrorData[];
  };
}

const label = (method: string) => method.charAt(0) + method.slice(1).toLowerCase();

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
  const [method, setMethod] = useState<Method>('CHECK');
  const [receivedDate, setReceivedDate] = useState(() => new Date().toISOString().slice(0, 10));
  const [reference, setReference] = useState('');
  // Shown once the account turned out to have the reference already: the user may say this
  // is another payment quoting it (a lockbox or standing-order reference).
  const [referenceTaken, setReferenceTaken] = useState(false);
  const [separatePayment, setSeparatePayment] = useState(false);
  const [allocation, setAllocation] = useState<Allocation>('oldest');
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [result, setResult] = useState<Recorded['recordPayment']['payment']>(null);
  const { errors, pending, submit } = useFormSubmission();

  function allocations() {
    if (forInvoice) return [{ invoiceId: forInvoice.id, amount: amount.trim() }];
    if (allocation === 'oldest') return undefined;
    if (allocation === 'credit') return [];
    return Object.entries(chosen)
      .filter(([, value]) => value.trim())
      .map(([invoiceId, value]) => ({ invoiceId, amount: value.trim() }));
  }

  async function record() {
    if (!account) return;
    setResult(null);
    const payload = await submit(async () => {
      const recorded = (
        await graphqlRequest<Recorded>(
          'mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { payment { amount currency unallocatedAmount allocations { invoiceNumber amount } } userErrors { code field message } } }',
          {
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
          },
        )
      ).recordPayment;
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
    <div>
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
          <Select value={method} onChange={(e) => setMethod(e.target.value as Method)}>
            {methods.map((m) => (
              <option key={m} value={m}>
                {label(m)}
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
          <label className="flex items-center gap-1.5 text-sm text-slate-700 sm:col-start-2">
            <input
              type="checkbox"
              checked={separatePayment}
              onChange={(e) => setSeparatePayment(e.target.checked)}
            />
            It is a separate payment with the same reference
          </label>
        )}
      </div>
      {forInvoice && (
        <p className="mt-3 text-xs text-slate-500">
          Applied to {forInvoice.number}, at most what it owes; pay other invoices from the account page.
        </p>
      )}
      {openInvoices && !forInvoice && (
        <fieldset className="mt-4">
          <legend className="mb-1 text-xs font-medium text-slate-700">Apply to</legend>
          <div className="flex flex-wrap gap-4 text-sm text-slate-700">
            {(
              [
                ['oldest', 'Open invoices, oldest due first'],
                ['chosen', 'Invoices I choose'],
                ['credit', 'Nothing: keep it as credit'],
              ] as const
            ).map(([value, text]) => (
              <label key={value} className="flex items-center gap-1.5">
                <input
                  type="radio"
                  name="allocation"
                  checked={allocation === value}
                  onChange={() => setAllocation(value)}
                />
                {text}
              </label>
            ))}
          </div>
          {allocation === 'chosen' &&
            (openInvoices.length === 0 ? (
              <p className="mt-2 text-sm text-slate-500">No open invoices: the payment will be credit.</p>
            ) : (
              <div className="mt-2 space-y-2">
                {openInvoices.map((invoice) => (
                  <div key={invoice.id} className="flex items-center gap-3 text-sm">
                    <span className="w-36 font-medium text-slate-800">{invoice.number}</span>
                    <span className="w-40 text-right text-slate-500">
                      owes <Money amount={invoice.amountDue} currency={account?.currency ?? 'USD'} />
                    </span>
                    <div className="w-32 shrink-0">
                      <TextInput
                        inputMode="decimal"
                        placeholder="0.00"
                        aria-label={`Apply to ${invoice.number}`}
                        value={chosen[invoice.id] ?? ''}
                        onChange={(e) => setChosen({ ...chosen, [invoice.id]: e.target.value })}
                      />
                    </div>
                  </div>
                ))}
              </div>
            ))}
          {errors.allocations && <p className="mt-2 text-xs text-red-700">{errors.allocations}</p>}
        </fieldset>
      )}
      {errors.form && <p className="mt-3 text-sm text-red-700">{errors.form}</p>}
      {Object.entries(errors)
        .filter(
          ([field]) =>
            !['form', 'amount', 'currency', 'receivedDate', 'reference', 'allocations'].includes(field),
        )
        .map(([field, message]) => (
          <p key={field} className="mt-2 text-sm text-red-700">
            {message}
          </p>
        ))}
      <div className="mt-4 flex items-center gap-3">
        <Button onClick={record} disabled={pending || !account || !amount.trim()}>
          {pending ? 'Recording…' : 'Record payment'}
        </Button>
        {onCancel && (
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        )}
        {result && (
          <p className="text-sm text-slate-700" role="status">
            Recorded {result.currency} {result.amount}
            {result.allocations.length > 0 &&
              `: paid ${result.allocations.map((a) => `${a.invoiceNumber} (${a.amount})`).join(', ')}`}
            {/[1-9]/.test(result.unallocatedAmount) && `; ${result.unallocatedAmount} kept as credit`}.
          </p>
        )}
      </div>
    </div>
  );
}
