import type { Metadata } from 'next';
import { BillRunView } from './bill-run-view';

export const metadata: Metadata = { title: 'Bill run' };

export default async function BillRunPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <BillRunView id={id} />;
}
