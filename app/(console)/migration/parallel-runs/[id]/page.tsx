import type { Metadata } from 'next';
import { RunDashboard } from './run-dashboard';

export const metadata: Metadata = { title: 'Parallel run' };

export default async function ParallelRunPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <RunDashboard id={id} />;
}
