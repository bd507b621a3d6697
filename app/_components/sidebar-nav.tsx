'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { type NavItem, navigation } from './navigation';
import { cn } from './ui/cn';

export function SidebarNav({ isAdmin }: { isAdmin: boolean }) {
  const pathname = usePathname();
  const matches = (href: string) =>
    href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
  // The most specific link wins: /program/roadmap lights Roadmap, not the program's Overview; /comms/outbox lights Outbox, not Communications.
  const active = navigation
    .flatMap(({ items }) =>
      items.flatMap((item) => [item, ...(item.children ?? [])]).map((item) => item.href),
    )
    .filter(matches)
    .sort((a, b) => b.length - a.length)[0];
  const isActive = (href: string) => href === active;
  return (
    <nav aria-label="Console" className="space-y-5">
      {navigation.map(({ section, items }) => {
        const visible = items.filter((item) => isAdmin || !item.adminOnly);
        if (visible.length === 0) return null;
        return (
          <div key={section || 'top'}>
            {section && (
              <p className="mb-1 px-3 text-[11px] font-semibold tracking-wider text-slate-400 uppercase">
                {section}
              </p>
            )}
            <ul className="space-y-0.5">
              {visible.map((item) => (
                <li key={item.href}>
                  <NavLink item={item} isActive={isActive(item.href)} />
                  {item.children && item.children.length > 0 && (
                    <ul className="mt-0.5 space-y-0.5">
                      {item.children.map((child) => (
                        <li key={child.href}>
                          <NavLink item={child} isActive={isActive(child.href)} nested />
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </nav>
  );
}

function NavLink({ item, isActive, nested }: { item: NavItem; isActive: boolean; nested?: boolean }) {
  return (
    <Link
      href={item.href}
      aria-current={isActive ? 'page' : undefined}
      className={cn(
        'block rounded-md py-1.5 text-sm',
        nested ? 'pr-3 pl-6 text-[13px]' : 'px-3',
        isActive ? 'bg-white/10 font-medium text-white' : 'text-slate-300 hover:bg-white/5 hover:text-white',
      )}
    >
      {item.label}
    </Link>
  );
}
