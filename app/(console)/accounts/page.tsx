import type { Metadata } from 'next';
import { PageHeader } from '@/app/_components/ui/page-header';
import { AccountsConsole } from './accounts-console';

export const metadata: Metadata = { title: 'Accounts' };

export default function AccountsPage() {
  return (
    <>
      <PageHeader
        title="Accounts"
        description="Customer accounts with their subscriptions, billing cycles, payment terms and balances."
      />
      <AccountsConsole />
    </>
  );
}
