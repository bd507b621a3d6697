import type { Metadata } from 'next';
import { PageHeader } from '@/app/_components/ui/page-header';
import { DecisionLog } from './decision-log';

export const metadata: Metadata = { title: 'Decisions' };

export default function DecisionsPage() {
  return (
    <>
      <PageHeader
        title="Decisions & configuration"
        description="The log of how the system was set up, what tests showed, how integrations and data map, and what was decided: dated, attributed, never edited."
      />
      <DecisionLog />
    </>
  );
}
