import type { Metadata } from 'next';
import { AreaPlaceholder } from '@/app/_components/area-placeholder';

export const metadata: Metadata = { title: 'Imports & parallel runs' };

export default function Page() {
  return (
    <AreaPlaceholder
      title="Imports & parallel runs"
      description="Import the legacy system's export, re-bill its period side by side, reconcile invoice by invoice and cut accounts over in waves."
      emptyTitle="No legacy export imported yet"
    >
      Start a migration by importing a legacy billing export; the parallel run then compares every invoice
      with what the legacy system issued.
    </AreaPlaceholder>
  );
}
