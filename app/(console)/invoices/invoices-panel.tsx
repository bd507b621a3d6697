'use client';

import { useState } from 'react';
import { type InvoiceFilter, InvoiceList } from '@/app/_components/billing/invoice-list';
import { Card } from '@/app/_components/ui/card';
import { Field, Select, TextInput } from '@/app/_components/ui/field';
import { useDebouncedValue } from '@/app/_components/use-debounced-value';

/** Every invoice and credit note, filtered by status, account (number or name) and period. */
export function InvoicesPanel() {
  const [status, setStatus] = useState('');
  const [kind, setKind] = useState('');
  const [search, setSearch] = useState('');
  const [month, setMonth] = useState('');
  const settledSearch = useDebouncedValue(search.trim());
  const filter: InvoiceFilter = {
    status: (status || null) as InvoiceFilter['status'],
    kind: (kind || null) as InvoiceFilter['kind'],
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
            <option value="DRAFT">Draft</option>
            <option value="FINALIZED">Finalized</option>
            <option value="VOID">Void</option>
          </Select>
        </Field>
        <Field label="Kind">
          <Select value={kind} onChange={(e) => setKind(e.target.value)} aria-label="Kind">
            <option value="">Invoices and credit notes</option>
            <option value="INVOICE">Invoices</option>
            <option value="CREDIT_NOTE">Credit notes</option>
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
