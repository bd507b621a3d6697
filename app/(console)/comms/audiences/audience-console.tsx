'use client';

import Link from 'next/link';
import { useState } from 'react';
import { CommsReadOnlyNote } from '@/app/_components/comms/read-only-note';
import { formatDateTime } from '@/app/_components/format';
import { useCan } from '@/app/_components/permissions';
import { Card } from '@/app/_components/ui/card';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { Cell, Table } from '@/app/_components/ui/table';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { AudienceForm } from './audience-form';
import { AUDIENCE_FIELDS, type AudienceRow, describeAudience } from './audience-types';

const AUDIENCES = `{ audiences { ${AUDIENCE_FIELDS} } }`;

/** The audiences with their size and first accounts, and a form to add one. */
export function AudienceConsole() {
  const [refresh, setRefresh] = useState(0);
  const [created, setCreated] = useState<string | null>(null);
  const { data, error } = useGraphQLQuery<{ audiences: AudienceRow[] }>(AUDIENCES, undefined, refresh);
  const can = useCan();
  const canWrite = can('createAudience');

  return (
    <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_26rem]">
      <div className="min-w-0 space-y-4">
        {error && (
          <p role="alert" className="text-sm text-red-700">
            {error}
          </p>
        )}
        {!data && !error && <p className="text-sm text-slate-500">Loading audiences…</p>}
        {data?.audiences.length === 0 && (
          <EmptyState title="No audiences yet">
            An audience is a cutover wave’s accounts, or the accounts matching a filter (region, product,
            status, open balance). {canWrite ? 'Create one with the form.' : 'A program user creates them.'}
          </EmptyState>
        )}
        {data?.audiences.map((audience) => (
          <AudienceCard key={audience.id} audience={audience} highlighted={audience.id === created} />
        ))}
      </div>
      <div>
        {canWrite ? (
          <Card title="New audience">
            <AudienceForm
              onCreated={(id) => {
                setCreated(id);
                setRefresh((n) => n + 1);
              }}
            />
          </Card>
        ) : (
          <CommsReadOnlyNote />
        )}
      </div>
    </div>
  );
}

function AudienceCard({ audience, highlighted }: { audience: AudienceRow; highlighted: boolean }) {
  const more = audience.size - audience.accounts.length;
  return (
    <section
      aria-label={audience.name}
      className={`rounded-lg border bg-white shadow-sm ${highlighted ? 'border-brand-300 ring-2 ring-brand-100' : 'border-slate-200'}`}
    >
      <header className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 border-b border-slate-100 px-5 py-3">
        <div className="min-w-0">
          <h2 className="text-sm font-semibold text-slate-800">{audience.name}</h2>
          <p className="text-xs text-slate-500">
            {describeAudience(audience)} · created {formatDateTime(audience.createdAt)}
          </p>
        </div>
        <p className="text-sm whitespace-nowrap text-slate-700">
          <span className="font-semibold tabular-nums" data-testid="audience-size">
            {audience.size.toLocaleString('en-US')}
          </span>{' '}
          account{audience.size === 1 ? '' : 's'}
        </p>
      </header>
      <div className="px-5 py-3">
        {audience.accounts.length === 0 ? (
          <p className="text-sm text-slate-500">No account matches now.</p>
        ) : (
          <Table head={['Account', 'Number', 'Billing email']}>
            {audience.accounts.map((account) => (
              <tr key={account.id}>
                <Cell>
                  <Link href={`/accounts/${account.id}`} className="text-brand-700 hover:underline">
                    {account.name}
                  </Link>
                </Cell>
                <Cell className="whitespace-nowrap text-slate-500">{account.externalId}</Cell>
                <Cell className="text-slate-500">{account.billingEmail ?? 'none: contacts only'}</Cell>
              </tr>
            ))}
          </Table>
        )}
        {more > 0 && <p className="mt-2 text-xs text-slate-500">and {more.toLocaleString('en-US')} more</p>}
      </div>
    </section>
  );
}
