import type { Metadata } from 'next';
import { WavesConsole } from './waves-console';

export const metadata: Metadata = { title: 'Cutover waves' };

export default async function WavesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <WavesConsole importId={id} />;
}
