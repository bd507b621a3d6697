import Link from 'next/link';
import { cn } from './cn';

export interface Tab<TKey extends string> {
  key: TKey;
  label: string;
  href: string;
}

/**
 * The console's one tab bar: sections of an area (or views of one record) as links under the
 * page header, the current one marked for screen readers with `aria-current`.
 */
export function TabBar<TKey extends string>({
  label,
  tabs,
  current,
}: {
  /** What the tabs switch between, for screen readers ("Communications sections"). */
  label: string;
  tabs: readonly Tab<TKey>[];
  current: TKey;
}) {
  return (
    <nav className="mb-6 flex gap-1 overflow-x-auto border-b border-slate-200" aria-label={label}>
      {tabs.map((tab) => (
        <Link
          key={tab.key}
          href={tab.href}
          aria-current={tab.key === current ? 'page' : undefined}
          className={cn(
            '-mb-px whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium',
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
