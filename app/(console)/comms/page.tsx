import type { Metadata } from 'next';
import { CommsTabs } from '@/app/_components/comms/comms-tabs';
import { PageHeader } from '@/app/_components/ui/page-header';
import { CampaignList } from './campaign-list';
import { NewEntryPoints } from './new-entry-points';

export const metadata: Metadata = { title: 'Communications' };

export default function CommsPage() {
  return (
    <>
      <PageHeader
        title="Communications"
        description="Templates, audiences and campaigns that tell every customer what changes and when; each campaign is approved by someone other than its author and test-sent before it goes out."
        actions={<NewEntryPoints />}
      />
      <CommsTabs current="campaigns" />
      <CampaignList />
    </>
  );
}
