'use client';

import { useState } from 'react';
import { type InvoiceFilter, InvoiceList } from '@/app/_components/billing/invoice-list';
import { Card } from '@/app/_components/ui/card';
import { ChoiceSelect, choicesOf } from '@/app/_components/ui/choice-select';
import { Field, TextInput } from '@/app/_components/ui/field';
import { useDebouncedValue } from '@/app/_components/use-debounced-value';
import type { InvoiceKind, InvoiceStatus } from '@/app/_gql/graphql';

const statusLabels: Record<InvoiceStatus, string> = { DRAFT: 'Draft', FINALIZED: 'Finalized', VOID: 'Void' };
const statuses = choicesOf(statusLabels);

const kindLabels: Record<InvoiceKind, string> = { INVOICE: 'Invoices', CREDIT_NOTE: 'Credit notes' };
const kinds = choicesOf(kindLabels);

/** Every invoice and credit note, filtered by status, account (number or name) and period. */
export function InvoicesPanel() {
  const [status, setStatus] = useState<InvoiceStatus | ''>('');
  const [kind, setKind] = useState<InvoiceKind | ''>('');
  const [search, setSearch] = useState('');
  const [month, setMonth] = useState('');
  const settledSearch = useDebouncedValue(search.trim());
  const filter: InvoiceFilter = {
    status: status || null,
    kind: kind || null,
    search: settledSearch || null,
    periodMonth: month || null,
  };
  return (
    <Card title="Invoices">
      <div className="mb-4 grid gap-4 sm:grid-cols-4">
        <Field label="Account or number">
          <TextInput
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder="NW-1001, Acme, INV-…"
            aria-label="Search invoices"
          />
        </Field>
        <Field label="Status">
          <ChoiceSelect
            choices={statuses}
            labels={statusLabels}
            value={status}
            onChange={setStatus}
            emptyLabel="Any"
            aria-label="Invoice status"
          />
        </Field>
        <Field label="Kind">
          <ChoiceSelect
            choices={kinds}
            labels={kindLabels}
            value={kind}
            onChange={setKind}
            emptyLabel="Invoices and credit notes"
            aria-label="Kind"
          />
        </Field>
        <Field label="Period (month it starts)" hint="Any period starting that month">
          <TextInput
            type="month"
            value={month}
            onChange={(e) => setMonth(e.target.value)}
            aria-label="Period"
          />
        </Field>
      </div>
      <InvoiceList filter={filter} emptyText="No invoice matches." />
    </Card>
  );
}
