import Link from 'next/link';
import { cn } from '@/app/_components/ui/cn';

/** Report and waves of one import, as two tabs over the same import. */
export function ImportTabs({ importId, current }: { importId: string; current: 'report' | 'waves' }) {
  const tabs = [
    { key: 'report', label: 'Report & parallel runs', href: `/migration/imports/${importId}` },
    { key: 'waves', label: 'Cutover waves', href: `/migration/imports/${importId}/waves` },
  ] as const;
  return (
    <nav className="mb-6 flex gap-1 border-b border-slate-200" aria-label="Import sections">
      {tabs.map((tab) => (
        <Link
          key={tab.key}
          href={tab.href}
          aria-current={tab.key === current ? 'page' : undefined}
          className={cn(
            '-mb-px border-b-2 px-3 py-2 text-sm font-medium',
            tab.key === current
              ? 'border-brand-600 text-brand-700'
              : 'border-transparent text-slate-500 hover:text-slate-800',
          )}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
