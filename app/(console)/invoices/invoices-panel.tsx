'use client';

import { useState } from 'react';
import { type InvoiceFilter, InvoiceList } from '@/app/_components/billing/invoice-list';
import { Card } from '@/app/_components/ui/card';
import { Field, Select, TextInput } from '@/app/_components/ui/field';
import { chosen, type Option, SelectOptions } from '@/app/_components/ui/select-options';
import { useDebouncedValue } from '@/app/_components/use-debounced-value';
import type { InvoiceKind, InvoiceStatus } from '@/app/_gql/graphql';

const statusOptions: readonly Option<InvoiceStatus>[] = [
  { value: 'DRAFT', label: 'Draft' },
  { value: 'FINALIZED', label: 'Finalized' },
  { value: 'VOID', label: 'Void' },
];

const kindOptions: readonly Option<InvoiceKind>[] = [
  { value: 'INVOICE', label: 'Invoices' },
  { value: 'CREDIT_NOTE', label: 'Credit notes' },
];

/** Every invoice and credit note, filtered by status, account (number or name) and period. */
export function InvoicesPanel() {
  const [status, setStatus] = useState('');
  const [kind, setKind] = useState('');
  const [search, setSearch] = useState('');
  const [month, setMonth] = useState('');
  const settledSearch = useDebouncedValue(search.trim());
  const filter: InvoiceFilter = {
    status: chosen(statusOptions, status) ?? null,
    kind: chosen(kindOptions, kind) ?? null,
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
          <Select value={status} onChange={(e) => setStatus(e.target.value)} aria-label="Invoice status">
            <option value="">Any</option>
            <SelectOptions options={statusOptions} />
          </Select>
        </Field>
        <Field label="Kind">
          <Select value={kind} onChange={(e) => setKind(e.target.value)} aria-label="Kind">
            <option value="">Invoices and credit notes</option>
            <SelectOptions options={kindOptions} />
          </Select>
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
