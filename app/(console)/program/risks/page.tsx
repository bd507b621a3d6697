import type { Metadata } from 'next';
import { PageHeader } from '@/app/_components/ui/page-header';
import { RiskRegister } from './risk-register';

export const metadata: Metadata = { title: 'Risks' };

export default function RisksPage() {
  return (
    <>
      <PageHeader
        title="Risks"
        description="What could go wrong with the migration, scored probability × impact, with an owner, a mitigation and a date to look again."
      />
      <RiskRegister />
    </>
  );
}
