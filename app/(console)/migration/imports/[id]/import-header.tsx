import Link from 'next/link';
import type { ReactNode } from 'react';
import { PageHeader } from '@/app/_components/ui/page-header';
import { TabBar } from '@/app/_components/ui/tab-bar';

/**
 * The head of an import's pages: its name, what the page shows, the way back to every import,
 * and the report and waves as two tabs over the same import.
 */
export function ImportHeader({
  importId,
  current,
  title,
  description,
}: {
  importId: string;
  current: 'report' | 'waves';
  title: string;
  description: ReactNode;
}) {
  return (
    <>
      <PageHeader
        title={title}
        description={description}
        actions={
          <Link href="/migration" className="text-sm text-brand-700 hover:underline">
            ← All imports
          </Link>
        }
      />
      <TabBar
        label="Import sections"
        current={current}
        tabs={[
          { key: 'report', label: 'Report & parallel runs', href: `/migration/imports/${importId}` },
          { key: 'waves', label: 'Cutover waves', href: `/migration/imports/${importId}/waves` },
        ]}
      />
    </>
  );
}
