import type { Metadata } from 'next';
import { CommsTabs } from '@/app/_components/comms/comms-tabs';
import { PageHeader } from '@/app/_components/ui/page-header';
import { OutboxList } from './outbox-list';
import { PortalSignInOutbox } from './portal-sign-in-outbox';

export const metadata: Metadata = { title: 'Outbox' };

export default function OutboxPage() {
  return (
    <>
      <PageHeader
        title="Outbox"
        description="Campaign emails kept here instead of sent, because no mail server is configured (SMTP_URL). Newest first."
      />
      <CommsTabs current="outbox" />
      <OutboxList />
      <PortalSignInOutbox />
    </>
  );
}
