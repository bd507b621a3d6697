'use client';

import Link from 'next/link';
import { useState } from 'react';
import { CommsReadOnlyNote } from '@/app/_components/comms/read-only-note';
import { formatDateTime } from '@/app/_components/format';
import { useCan } from '@/app/_components/permissions';
import { Card } from '@/app/_components/ui/card';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { ErrorText } from '@/app/_components/ui/error-text';
import { Cell, Table } from '@/app/_components/ui/table';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';
import type { AudienceCardFieldsFragment } from '@/app/_gql/graphql';
import { describeAudience } from './audience-card-fields';
import { AudienceForm } from './audience-form';

const AUDIENCE_CONSOLE = graphql(`
  query AudienceConsole {
    audiences { ...AudienceCardFields }
  }
`);

/** The audiences with their size and first accounts, and a form to add one. */
export function AudienceConsole() {
  const [refresh, setRefresh] = useState(0);
  const [created, setCreated] = useState<string | null>(null);
  const { data, error } = useGraphQLQuery(AUDIENCE_CONSOLE, undefined, refresh);
  const can = useCan();
  const canWrite = can('createAudience');

  return (
    <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_26rem]">
      <div className="min-w-0 space-y-4">
        <ErrorText>{error}</ErrorText>
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

function AudienceCard({
  audience,
  highlighted,
}: {
  audience: AudienceCardFieldsFragment;
  highlighted: boolean;
}) {
  const more = audience.size - audience.accounts.length;
  return (
    <Card
      label={audience.name}
      title={audience.name}
      className={highlighted ? 'ring-2 ring-brand-200' : undefined}
      actions={
        <p className="text-sm whitespace-nowrap text-slate-700">
          <span className="font-semibold tabular-nums" data-testid="audience-size">
            {audience.size.toLocaleString('en-US')}
          </span>{' '}
          account{audience.size === 1 ? '' : 's'}
        </p>
      }
    >
      <p className="mb-2 text-xs text-slate-500">
        {describeAudience(audience)} · created {formatDateTime(audience.createdAt)}
      </p>
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
    </Card>
  );
}
