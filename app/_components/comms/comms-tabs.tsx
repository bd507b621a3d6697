import Link from 'next/link';
import { cn } from '@/app/_components/ui/cn';

const tabs = [
  { key: 'campaigns', label: 'Campaigns', href: '/comms' },
  { key: 'templates', label: 'Templates', href: '/comms/templates' },
  { key: 'audiences', label: 'Audiences', href: '/comms/audiences' },
  { key: 'outbox', label: 'Outbox', href: '/comms/outbox' },
] as const;

/** The communications area's sections, as tabs under each page's header. */
export function CommsTabs({ current }: { current: (typeof tabs)[number]['key'] }) {
  return (
    <nav className="mb-6 flex gap-1 border-b border-slate-200" aria-label="Communications sections">
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
