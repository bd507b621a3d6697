'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { navigation } from './navigation';
import { cn } from './ui/cn';

export function SidebarNav({ isAdmin }: { isAdmin: boolean }) {
  const pathname = usePathname();
  const matches = (href: string) =>
    href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
  // The most specific link wins, so /program/roadmap lights Roadmap and not the program's Overview.
  const active = navigation
    .flatMap(({ items }) => items.map((item) => item.href))
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
                  <Link
                    href={item.href}
                    aria-current={isActive(item.href) ? 'page' : undefined}
                    className={cn(
                      'block rounded-md px-3 py-1.5 text-sm',
                      isActive(item.href)
                        ? 'bg-white/10 font-medium text-white'
                        : 'text-slate-300 hover:bg-white/5 hover:text-white',
                    )}
                  >
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </nav>
  );
}
