import type { Metadata } from 'next';
import { PageHeader } from '@/app/_components/ui/page-header';
import { UsageConsole } from './usage-console';

export const metadata: Metadata = { title: 'Usage' };

export default function UsagePage() {
  return (
    <>
      <PageHeader
        title="Usage"
        description="Calls, messages and data, rated on arrival. Upload CDR/CSV files of any size, watch them go in, and clear the queue of usage that could not be billed."
      />
      <UsageConsole />
    </>
  );
}
