'use client';

import Link from 'next/link';
import { useCan } from '@/app/_components/permissions';
import { cn } from '@/app/_components/ui/cn';

const link = 'rounded-md px-3 py-1.5 text-sm font-medium whitespace-nowrap';
const secondary = cn(link, 'bg-white text-slate-800 ring-1 ring-slate-300 hover:bg-slate-50');

/** New template, audience and campaign, for those who may write them. */
export function NewEntryPoints() {
  const can = useCan();
  return (
    <>
      {can('createMessageTemplate') && (
        <Link href="/comms/templates#new" className={secondary}>
          New template
        </Link>
      )}
      {can('createAudience') && (
        <Link href="/comms/audiences" className={secondary}>
          New audience
        </Link>
      )}
      {can('createCampaign') && (
        <Link href="/comms/campaigns/new" className={cn(link, 'bg-brand-600 text-white hover:bg-brand-700')}>
          New campaign
        </Link>
      )}
    </>
  );
}
