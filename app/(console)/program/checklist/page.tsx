import type { Metadata } from 'next';
import { AreaPlaceholder } from '@/app/_components/area-placeholder';

export const metadata: Metadata = { title: 'Go-live checklist' };

export default function Page() {
  return (
    <AreaPlaceholder
      title="Go-live checklist"
      description="Data validation, technical readiness, communications, training and contingency items, with sign-offs."
      emptyTitle="No checklist yet"
    >
      The standard go-live checklist is created with the migration program; items can be tied to live evidence
      checks.
    </AreaPlaceholder>
  );
}
