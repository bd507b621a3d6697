import type { Metadata } from 'next';
import { AreaPlaceholder } from '@/app/_components/area-placeholder';

export const metadata: Metadata = { title: 'Accounts' };

export default function Page() {
  return (
    <AreaPlaceholder
      title="Accounts"
      description="Customer accounts with their subscriptions, billing cycles, payment terms and balances."
      emptyTitle="No accounts yet"
    >
      Accounts are created here or imported from the legacy billing system in Migration.
    </AreaPlaceholder>
  );
}
