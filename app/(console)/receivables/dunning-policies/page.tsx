import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/app/_components/ui/page-header';
import { DunningPoliciesConsole } from './dunning-policies-console';

export const metadata: Metadata = { title: 'Dunning policies' };

export default function DunningPoliciesPage() {
  return (
    <>
      <PageHeader
        title="Dunning policies"
        description="What happens how many days after an unpaid invoice's due date, and what the customer is told: each step sends a message template from Communications by email, as a portal notice, or both, once per invoice, in the customer's daytime. Accounts follow the default policy unless their page assigns another."
        actions={
          <Link href="/receivables" className="text-sm text-brand-700 hover:underline">
            Receivables
          </Link>
        }
      />
      <DunningPoliciesConsole />
    </>
  );
}
