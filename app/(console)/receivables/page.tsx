import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/app/_components/ui/page-header';
import { ReceivablesConsole } from './receivables-console';

export const metadata: Metadata = { title: 'Receivables' };

export default function ReceivablesPage() {
  return (
    <>
      <PageHeader
        title="Receivables"
        description="What customers owe by how late it is, payments as they come in (by hand or from the bank's remittance file), and where each payment went."
        actions={
          <Link href="/receivables/dunning-policies" className="text-sm text-brand-700 hover:underline">
            Dunning policies
          </Link>
        }
      />
      <ReceivablesConsole />
    </>
  );
}
