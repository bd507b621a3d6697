import type { Metadata } from 'next';
import { AreaPlaceholder } from '@/app/_components/area-placeholder';

export const metadata: Metadata = { title: 'Roadmap' };

export default function Page() {
  return (
    <AreaPlaceholder
      title="Roadmap"
      description="The migration's phases and milestones with owners, dependencies and health read from live evidence."
      emptyTitle="No migration program yet"
    >
      The roadmap is seeded with the milestones every billing migration has once a program is started.
    </AreaPlaceholder>
  );
}
