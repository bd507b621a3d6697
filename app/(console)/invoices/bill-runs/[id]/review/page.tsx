import type { Metadata } from 'next';
import { DraftReviewQueue } from './draft-review-queue';

export const metadata: Metadata = { title: 'Draft review' };

export default async function DraftReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <DraftReviewQueue billRunId={id} />;
}
