import type { Metadata } from 'next';
import { ProgramOverview } from './program-overview';

export const metadata: Metadata = { title: 'Migration program' };

export default function Page() {
  return <ProgramOverview />;
}
