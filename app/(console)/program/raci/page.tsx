import type { Metadata } from 'next';
import { PageHeader } from '@/app/_components/ui/page-header';
import { RaciRegister } from './raci-register';

export const metadata: Metadata = { title: 'RACI' };

export default function RaciPage() {
  return (
    <>
      <PageHeader
        title="RACI"
        description="Who is responsible, accountable, consulted and informed for each checklist area and milestone (exactly one accountable each), and who to call during cutover."
      />
      <RaciRegister />
    </>
  );
}
