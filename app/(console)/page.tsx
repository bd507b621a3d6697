import type { Metadata } from 'next';
import Link from 'next/link';
import { navigation } from '@/app/_components/navigation';
import { Card } from '@/app/_components/ui/card';
import { PageHeader } from '@/app/_components/ui/page-header';
import { requireConsoleUser } from '@/app/_lib/current-actor';

export const metadata: Metadata = { title: 'Overview' };

export default async function OverviewPage() {
  const actor = await requireConsoleUser();
  const areas = navigation.filter((group) => group.section && group.section !== 'Settings');
  return (
    <>
      <PageHeader
        title={`Welcome, ${actor.user.name.split(' ')[0]}`}
        description="Switchboard bills recurring, one-time and usage products exactly to the cent, and carries a provider off its legacy billing system with proof, invoice by invoice."
      />
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
        {areas.map((group) => (
          <Card key={group.section} title={group.section}>
            <ul className="space-y-1.5 text-sm">
              {group.items.map((item) => (
                <li key={item.href}>
                  <Link className="text-brand-600 hover:underline" href={item.href}>
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </Card>
        ))}
      </div>
    </>
  );
}
