'use client';

import Link from 'next/link';
import { useState } from 'react';
import { ReadOnlyNote } from '@/app/_components/migration/read-only-note';
import type { WaveStatus } from '@/app/_components/migration/types';
import { usePermissions } from '@/app/_components/migration/use-permissions';
import { useRunAccounts } from '@/app/_components/migration/use-run-accounts';
import { Card } from '@/app/_components/ui/card';
import { PageHeader } from '@/app/_components/ui/page-header';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { ImportTabs } from '../import-tabs';
import { CreateWave } from './create-wave';
import { WaveCard } from './wave-card';

export interface Wave {
  id: string;
  name: string;
  position: number;
  status: WaveStatus;
  cutoverDate: string | null;
  accountCount: number;
  cutOverAt: string | null;
  rolledBackAt: string | null;
  createdAt: string;
  accounts: {
    account: { id: string; externalId: string; name: string; currency: string; systemOfRecord: string };
    openingBalance: string | null;
    openingInvoice: { id: string; number: string | null; total: string; status: string } | null;
  }[];
  events: { action: string; detail: string; actor: string; at: string }[];
  rollbackExport: { name: string; content: string }[] | null;
}

const QUERY = `query Waves($id: ID!) { migrationImport(id: $id) {
  id sourceName periodStart periodEnd status
  parallelRuns { id status createdAt }
  waves { id name position status cutoverDate accountCount cutOverAt rolledBackAt createdAt
    accounts { account { id externalId name currency systemOfRecord } openingBalance openingInvoice { id number total status } }
    events { action detail actor at }
    rollbackExport { name content } }
} }`;

interface Data {
  migrationImport: {
    id: string;
    sourceName: string;
    periodStart: string;
    periodEnd: string;
    status: string;
    parallelRuns: { id: string; status: string; createdAt: string }[];
    waves: Wave[];
  } | null;
}

/** Cut an import's accounts over in waves: a pilot first, then the rest; roll back when it goes wrong. */
export function WavesConsole({ importId }: { importId: string }) {
  const [refresh, setRefresh] = useState(0);
  const { data, error } = useGraphQLQuery<Data>(QUERY, { id: importId }, refresh);
  const permissions = usePermissions();
  const latestRunId =
    data?.migrationImport?.parallelRuns.find((run) => run.status === 'COMPLETED')?.id ?? null;
  const { accounts: latestRunAccounts } = useRunAccounts(latestRunId, refresh);
  const changed = () => setRefresh((n) => n + 1);
  if (error)
    return (
      <p role="alert" className="text-sm text-red-700">
        {error}
      </p>
    );
  if (!data) return <p className="text-sm text-slate-500">Loading waves…</p>;
  const detail = data.migrationImport;
  if (!detail) return <p className="text-sm text-slate-600">No import with this id.</p>;
  const latestRun =
    latestRunId && latestRunAccounts ? { id: latestRunId, accounts: latestRunAccounts } : null;
  const inWave = new Set(detail.waves.flatMap((wave) => wave.accounts.map((entry) => entry.account.id)));
  const canCreate = permissions.can('createCutoverWave');

  return (
    <>
      <PageHeader
        title={detail.sourceName}
        description={`Cutover waves · legacy period ${detail.periodStart} → ${detail.periodEnd}. Accounts stay billed by the legacy system until their wave is cut over; a wave can be handed back with a rollback.`}
        actions={
          <Link href="/migration" className="text-sm text-brand-700 hover:underline">
            ← All imports
          </Link>
        }
      />
      <ImportTabs importId={importId} current="waves" />
      <div className="space-y-6">
        {permissions.loaded &&
          (canCreate ? (
            <CreateWave
              importId={importId}
              latestRun={latestRun}
              inWave={inWave}
              hasWaves={detail.waves.length > 0}
              onCreated={changed}
            />
          ) : (
            <ReadOnlyNote role={permissions.role}>
              Creating, cutting over and rolling back waves is for admin and billing users.
            </ReadOnlyNote>
          ))}
        {detail.waves.length === 0 ? (
          <Card title="Waves">
            <p className="text-sm text-slate-600">
              No waves yet. A pilot wave takes a few reconciled accounts; “the rest” takes every account not
              yet in a wave.
            </p>
          </Card>
        ) : (
          detail.waves.map((wave) => (
            <WaveCard
              key={wave.id}
              wave={wave}
              canCutOver={permissions.can('cutOverWave')}
              canRollBack={permissions.can('rollBackWave')}
              defaultDate={detail.periodEnd}
              onChanged={changed}
            />
          ))
        )}
      </div>
    </>
  );
}
