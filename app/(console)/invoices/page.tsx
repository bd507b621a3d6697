import type { Metadata } from 'next';
import { PageHeader } from '@/app/_components/ui/page-header';
import { type Tab, TabBar } from '@/app/_components/ui/tab-bar';
import { BillRunsPanel } from './bill-runs-panel';
import { InvoicesPanel } from './invoices-panel';

export const metadata: Metadata = { title: 'Invoices' };

type InvoicesTab = 'bill-runs' | 'invoices';

const tabs: readonly Tab<InvoicesTab>[] = [
  { key: 'bill-runs', label: 'Bill runs', href: '/invoices?tab=bill-runs' },
  { key: 'invoices', label: 'Invoices', href: '/invoices?tab=invoices' },
];

export default async function InvoicesPage({ searchParams }: { searchParams: Promise<{ tab?: string }> }) {
  const tab: InvoicesTab = (await searchParams).tab === 'invoices' ? 'invoices' : 'bill-runs';
  return (
    <>
      <PageHeader
        title="Invoices"
        description="Bill runs turn a period's subscriptions, usage and charges into drafts; review, finalize, send, credit or void them here."
      />
      <TabBar label="Invoices sections" tabs={tabs} current={tab} />
      {tab === 'invoices' ? <InvoicesPanel /> : <BillRunsPanel />}
    </>
  );
}
