import type { Metadata } from 'next';
import { PageHeader } from '@/app/_components/ui/page-header';
import { TrainingTracker } from './training-tracker';

export const metadata: Metadata = { title: 'Training' };

export default function TrainingPage() {
  return (
    <>
      <PageHeader
        title="Training"
        description="Who has completed which module. Training is complete when every trainee has completed every required module."
      />
      <TrainingTracker />
    </>
  );
}
