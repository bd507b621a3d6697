import type { Metadata } from 'next';
import { AreaPlaceholder } from '@/app/_components/area-placeholder';

export const metadata: Metadata = { title: 'Invoices' };

export default function Page() {
  return (
    <AreaPlaceholder
      title="Invoices"
      description="Bill runs, draft and final invoices, credit notes, payments and receivables aging."
      emptyTitle="No invoices yet"
    >
      Invoices are produced by bill runs over accounts with subscriptions and rated usage.
    </AreaPlaceholder>
  );
}
