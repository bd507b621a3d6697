import type { Metadata } from 'next';
import { PageHeader } from '@/app/_components/ui/page-header';
import { MigrationHome } from './migration-home';

export const metadata: Metadata = { title: 'Imports & parallel runs' };

export default function MigrationPage() {
  return (
    <>
      <PageHeader
        title="Imports & parallel runs"
        description="Import the legacy system's export, re-bill its period side by side, reconcile invoice by invoice and cut accounts over in waves."
      />
      <MigrationHome />
    </>
  );
}
