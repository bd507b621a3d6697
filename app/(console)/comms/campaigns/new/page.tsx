import type { Metadata } from 'next';
import { CommsTabs } from '@/app/_components/comms/comms-tabs';
import { PageHeader } from '@/app/_components/ui/page-header';
import { CampaignForm } from './campaign-form';

export const metadata: Metadata = { title: 'New campaign' };

export default async function NewCampaignPage({
  searchParams,
}: {
  searchParams: Promise<{ templateVersionId?: string; audienceId?: string }>;
}) {
  const { templateVersionId, audienceId } = await searchParams;
  return (
    <>
      <PageHeader
        title="New campaign"
        description="A template version to an audience over one or more channels. It is approved by someone other than you and test-sent before it goes out."
      />
      <CommsTabs current="campaigns" />
      <CampaignForm templateVersionId={templateVersionId ?? null} audienceId={audienceId ?? null} />
    </>
  );
}
