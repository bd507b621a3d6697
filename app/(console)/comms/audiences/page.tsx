import type { Metadata } from 'next';
import { CommsTabs } from '@/app/_components/comms/comms-tabs';
import { PageHeader } from '@/app/_components/ui/page-header';
import { AudienceConsole } from './audience-console';

export const metadata: Metadata = { title: 'Audiences' };

export default function AudiencesPage() {
  return (
    <>
      <PageHeader
        title="Audiences"
        description="Who a campaign reaches: the accounts of a cutover wave, or every account matching a filter. Members are read again when the campaign is sent."
      />
      <CommsTabs current="audiences" />
      <AudienceConsole />
    </>
  );
}
