import type { Metadata } from 'next';
import { RatePlanBrowser } from './rate-plan-browser';

export const metadata: Metadata = { title: 'Rate plan' };

export default async function RatePlanPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <RatePlanBrowser id={id} />;
}
