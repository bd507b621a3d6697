'use client';

import { useState } from 'react';
import { formatDay } from '@/app/_components/format';
import { ReadOnlyNote } from '@/app/_components/migration/read-only-note';
import { useRunAccounts } from '@/app/_components/migration/use-run-accounts';
import { useCan } from '@/app/_components/permissions';
import { Card } from '@/app/_components/ui/card';
import { QueryStatus } from '@/app/_components/ui/query-status';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';
import { ImportHeader } from '../import-header';
import { CreateWave } from './create-wave';
import { WaveCard } from './wave-card';

const MIGRATION_WAVES = graphql(`
  query MigrationWaves($id: ID!) {
    migrationImport(id: $id) {
      id sourceName periodStart periodEnd status
      parallelRuns { id status createdAt }
      waves { ...MigrationWaveCard }
    }
  }
`);

/** Cut an import's accounts over in waves: a pilot first, then the rest; roll back when it goes wrong. */
export function WavesConsole({ importId }: { importId: string }) {
  const [refresh, setRefresh] = useState(0);
  const { data, error } = useGraphQLQuery(MIGRATION_WAVES, { id: importId }, refresh);
  const can = useCan();
  const latestRunId =
    data?.migrationImport?.parallelRuns.find((run) => run.status === 'COMPLETED')?.id ?? null;
  const { accounts: latestRunAccounts } = useRunAccounts(latestRunId, refresh);
  const changed = () => setRefresh((n) => n + 1);
  if (error || !data) return <QueryStatus error={error} loading="Loading waves…" />;
  const detail = data.migrationImport;
  if (!detail) return <p className="text-sm text-slate-600">No import with this id.</p>;
  const latestRun =
    latestRunId && latestRunAccounts ? { id: latestRunId, accounts: latestRunAccounts } : null;
  const inWave = new Set(detail.waves.flatMap((wave) => wave.accounts.map((entry) => entry.account.id)));
  const canCreate = can('createCutoverWave');

  return (
    <>
      <ImportHeader
        importId={importId}
        current="waves"
        title={detail.sourceName}
        description={`Cutover waves · legacy period ${formatDay(detail.periodStart)} → ${formatDay(detail.periodEnd)}. Accounts stay billed by the legacy system until their wave is cut over; a wave can be handed back with a rollback.`}
      />
      <div className="space-y-6">
        {canCreate ? (
          <CreateWave
            importId={importId}
            latestRun={latestRun}
            inWave={inWave}
            hasWaves={detail.waves.length > 0}
            onCreated={changed}
          />
        ) : (
          <ReadOnlyNote>
            Creating, cutting over and rolling back waves is for admin and billing users.
          </ReadOnlyNote>
        )}
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
              canCutOver={can('cutOverWave')}
              canRollBack={can('rollBackWave')}
              defaultDate={detail.periodEnd}
              onChanged={changed}
            />
          ))
        )}
      </div>
    </>
  );
}
