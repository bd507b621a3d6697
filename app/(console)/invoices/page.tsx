import type { Metadata } from 'next';
import Link from 'next/link';
import { cn } from '@/app/_components/ui/cn';
import { PageHeader } from '@/app/_components/ui/page-header';
import { BillRunsPanel } from './bill-runs-panel';
import { InvoicesPanel } from './invoices-panel';

export const metadata: Metadata = { title: 'Invoices' };

const tabs = [
  { key: 'bill-runs', label: 'Bill runs' },
  { key: 'invoices', label: 'Invoices' },
] as const;

export default async function InvoicesPage({ searchParams }: { searchParams: Promise<{ tab?: string }> }) {
  const tab = (await searchParams).tab === 'invoices' ? 'invoices' : 'bill-runs';
  return (
    <>
      <PageHeader
        title="Invoices"
        description="Bill runs turn a period's subscriptions, usage and charges into drafts; review, finalize, send, credit or void them here."
      />
      <nav className="mb-6 flex gap-1 border-b border-slate-200" aria-label="Invoices sections">
        {tabs.map(({ key, label }) => (
          <Link
            key={key}
            href={`/invoices?tab=${key}`}
            aria-current={tab === key ? 'page' : undefined}
            className={cn(
              '-mb-px border-b-2 px-3 py-2 text-sm font-medium',
              tab === key
                ? 'border-brand-600 text-brand-700'
                : 'border-transparent text-slate-600 hover:text-slate-900',
            )}
          >
            {label}
          </Link>
        ))}
      </nav>
      {tab === 'invoices' ? <InvoicesPanel /> : <BillRunsPanel />}
    </>
  );
}
