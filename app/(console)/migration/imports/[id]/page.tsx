import type { Metadata } from 'next';
import { ImportReport } from './import-report';

export const metadata: Metadata = { title: 'Import report' };

export default async function ImportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <ImportReport id={id} />;
}
