import type { Metadata } from 'next';
import { AreaPlaceholder } from '@/app/_components/area-placeholder';

export const metadata: Metadata = { title: 'War room' };

export default function Page() {
  return (
    <AreaPlaceholder
      title="War room"
      description="The live picture during cutover: waves, bill runs, ingestion, invoice delivery, incidents and who to call."
      emptyTitle="Nothing to watch yet"
    >
      The war room comes alive when a cutover wave is scheduled.
    </AreaPlaceholder>
  );
}
