'use client';

import Link from 'next/link';
import { useState } from 'react';
import { graphqlRequest } from '@/app/_components/graphql-client';
import { absCompare } from '@/app/_components/migration/decimal';
import { resolutionLabels, statusLabels, statusTones } from '@/app/_components/migration/labels';
import { RunDifference } from '@/app/_components/migration/run-money';
import type { ReconciledAccount } from '@/app/_components/migration/use-run-accounts';
import { Badge } from '@/app/_components/ui/badge';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { Field, TextInput } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { Cell, Table } from '@/app/_components/ui/table';
import { useFormSubmission } from '@/app/_components/use-form-submission';
import { graphql } from '@/app/_gql';

const MIGRATION_CREATE_WAVE = graphql(`
  mutation MigrationCreateWave($input: CreateCutoverWaveInput!) {
    createCutoverWave(input: $input) { wave { id } userErrors { code field message } }
  }
`);

/**
 * Two ways to make a wave: pick pilot accounts from the latest parallel run (reconciled ones
 * first), or take every account of the import not in a wave yet.
 */
export function CreateWave({
  importId,
  latestRun,
  inWave,
  hasWaves,
  onCreated,
}: {
  importId: string;
  latestRun: { id: string; accounts: ReconciledAccount[] } | null;
  inWave: Set<string>;
  hasWaves: boolean;
  onCreated: () => void;
}) {
  const [name, setName] = useState(hasWaves ? 'The rest' : 'Pilot');
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const { errors, pending, submit } = useFormSubmission();
  const [done, setDone] = useState<string | null>(null);
  const [nonePicked, setNonePicked] = useState(false);
  const free = (latestRun?.accounts ?? [])
    .filter((entry) => entry.account && !inWave.has(entry.account.id))
    .sort(
      (a, b) =>
        (a.status === 'MATCH' ? 0 : 1) - (b.status === 'MATCH' ? 0 : 1) ||
        absCompare(a.difference, b.difference),
    );

  async function create(accountIds: string[] | null) {
    setDone(null);
    setNonePicked(accountIds !== null && accountIds.length === 0);
    if (accountIds !== null && accountIds.length === 0) return;
    const payload = await submit(async () => {
      const result = await graphqlRequest(MIGRATION_CREATE_WAVE, {
        input: { importId, name, ...(accountIds ? { accountIds } : {}) },
      });
      return result.createCutoverWave;
    });
    if (payload) {
      setDone(`Wave “${name}” created.`);
      setPicked(new Set());
      setName('The rest');
      onCreated();
    }
  }

  function toggle(id: string) {
    const next = new Set(picked);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setPicked(next);
  }

  return (
    <Card title="Create a wave">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void create([...picked]);
        }}
      >
        <div className="mb-4 max-w-xs">
          <Field label="Wave name" error={errors.name}>
            <TextInput value={name} onChange={(event) => setName(event.target.value)} />
          </Field>
        </div>
        {latestRun ? (
          free.length > 0 ? (
            <>
              <p className="mb-2 text-sm text-slate-600">
                Pick pilot accounts (from the{' '}
                <Link
                  href={`/migration/parallel-runs/${latestRun.id}`}
                  className="text-brand-700 hover:underline"
                >
                  latest parallel run
                </Link>
                ; matching accounts first):
              </p>
              <div
                className="max-h-72 overflow-y-auto rounded-md ring-1 ring-slate-200"
                data-testid="wave-candidates"
              >
                <Table head={['', 'Account', 'Run status', 'Difference', 'Review']}>
                  {free.map((entry) => {
                    const id = entry.account?.id ?? '';
                    return (
                      <tr key={entry.legacyAccountId}>
                        <Cell>
                          <input
                            type="checkbox"
                            aria-label={`Pick ${entry.legacyAccountId}`}
                            checked={picked.has(id)}
                            onChange={() => toggle(id)}
                          />
                        </Cell>
                        <Cell>
                          <span className="font-medium">{entry.legacyAccountId}</span>{' '}
                          <span className="text-xs text-slate-500">{entry.accountName}</span>
                        </Cell>
                        <Cell>
                          <Badge tone={statusTones[entry.status]}>{statusLabels[entry.status]}</Badge>
                        </Cell>
                        <Cell className="tabular-nums">
                          <RunDifference
                            amount={entry.difference}
                            currency={entry.account?.currency ?? null}
                          />
                        </Cell>
                        <Cell className="text-xs text-slate-500">
                          {entry.status === 'MATCH' ? '—' : resolutionLabels[entry.resolution]}
                        </Cell>
                      </tr>
                    );
                  })}
                </Table>
              </div>
            </>
          ) : (
            <p className="text-sm text-slate-600">Every account of the latest parallel run is in a wave.</p>
          )
        ) : (
          <p className="text-sm text-slate-600">
            Run a parallel run first to pick pilot accounts by how they reconcile; “the rest” works without
            one.
          </p>
        )}
        {done && (
          <p role="status" className="mt-3 text-sm text-emerald-700">
            {done}
          </p>
        )}
        <div className="mt-4 space-y-3">
          <FormFooter
            error={
              nonePicked
                ? 'Pick at least one account, or create the wave with all remaining accounts.'
                : (errors.form ?? errors.accountIds ?? errors.importId)
            }
            pending={pending}
            submit={`Create wave with ${picked.size} picked account${picked.size === 1 ? '' : 's'}`}
            busy="Creating the wave…"
          >
            <Button variant="secondary" disabled={pending} onClick={() => void create(null)}>
              Create wave with all remaining accounts
            </Button>
          </FormFooter>
        </div>
      </form>
    </Card>
  );
}
