import type { Metadata } from 'next';
import { AreaPlaceholder } from '@/app/_components/area-placeholder';

export const metadata: Metadata = { title: 'Communications' };

export default function Page() {
  return (
    <AreaPlaceholder
      title="Communications"
      description="Templates, audiences and campaigns that tell every customer what changes and when."
      emptyTitle="No campaigns yet"
    >
      Campaigns are written here and approved before they are sent by email, portal or in-app notice.
    </AreaPlaceholder>
  );
}
