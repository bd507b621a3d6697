import type { Metadata } from 'next';
import { AreaPlaceholder } from '@/app/_components/area-placeholder';

export const metadata: Metadata = { title: 'Usage' };

export default function Page() {
  return (
    <AreaPlaceholder
      title="Usage"
      description="Calls, messages and data records, rated on arrival, with the queue of usage that could not be billed."
      emptyTitle="No usage yet"
    >
      Usage arrives through the API, CDR/CSV file upload or the command line once accounts and a rate deck
      exist.
    </AreaPlaceholder>
  );
}
