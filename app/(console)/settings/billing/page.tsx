import type { Metadata } from 'next';
import { PageHeader } from '@/app/_components/ui/page-header';
import { BillingSchedules } from './billing-schedules';

export const metadata: Metadata = { title: 'Billing settings' };

export default function BillingSettingsPage() {
  return (
    <>
      <PageHeader
        title="Billing"
        description="When billing runs by itself. Each schedule starts its bill run on time, in the organization's time zone, for the accounts Switchboard bills (never those the legacy system still bills). With “finalize clean drafts” on, drafts no check holds are numbered and delivered without anyone; the others wait in the run's review queue."
      />
      <BillingSchedules />
    </>
  );
}
