'use client';

import type { PriceInput } from '@/app/_gql/graphql';
import { Field, TextInput } from '../ui/field';

/** A percentage price's figures as typed. */
export interface PercentageDraft {
  ratePercent: string;
  transactionFee: string;
  transactionMinimum: string;
  transactionMaximum: string;
  freeTransactions: string;
  freeAmount: string;
}

export const emptyPercentageDraft: PercentageDraft = {
  ratePercent: '',
  transactionFee: '',
  transactionMinimum: '',
  transactionMaximum: '',
  freeTransactions: '',
  freeAmount: '',
};

/** The PERCENTAGE fields of a PriceInput (empty fields left out; a non-number count is sent as typed to be refused). */
export function toPercentageInput(
  draft: PercentageDraft,
): Pick<
  PriceInput,
  | 'ratePercent'
  | 'transactionFee'
  | 'transactionMinimum'
  | 'transactionMaximum'
  | 'freeTransactions'
  | 'freeAmount'
> {
  const value = (text: string) => (text.trim() === '' ? null : text.trim());
  const count = draft.freeTransactions.trim();
  return {
    ratePercent: value(draft.ratePercent),
    transactionFee: value(draft.transactionFee),
    transactionMinimum: value(draft.transactionMinimum),
    transactionMaximum: value(draft.transactionMaximum),
    freeTransactions: count === '' ? null : Number(count),
    freeAmount: value(draft.freeAmount),
  };
}

const fields: { key: keyof PercentageDraft; label: string; numeric?: boolean }[] = [
  { key: 'ratePercent', label: 'Rate (% of each transaction)' },
  { key: 'transactionFee', label: 'Fixed fee per transaction (optional)' },
  { key: 'transactionMinimum', label: 'Minimum per transaction (optional)' },
  { key: 'transactionMaximum', label: 'Maximum per transaction (optional)' },
  { key: 'freeTransactions', label: 'Free transactions per period (optional)', numeric: true },
  { key: 'freeAmount', label: 'Free amount per period (optional, not with free transactions)' },
];

/** The figures of a percentage price: each usage record's quantity is a transaction amount. */
export function PercentageFields({
  value,
  onChange,
  errors,
}: {
  value: PercentageDraft;
  onChange: (next: PercentageDraft) => void;
  errors: Record<string, string>;
}) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {fields.map((field) => (
        <Field key={field.key} label={field.label} error={errors[field.key]}>
          <TextInput
            inputMode={field.numeric ? 'numeric' : 'decimal'}
            value={value[field.key]}
            onChange={(event) => onChange({ ...value, [field.key]: event.target.value })}
          />
        </Field>
      ))}
    </div>
  );
}
