'use client';

import { useState } from 'react';
import { absCompare, isZero } from '@/app/_components/migration/decimal';
import {
  causeLabels,
  reconciliationStatuses,
  resolutionLabels,
  resolutionTones,
  statusLabels,
  statusTones,
  varianceCauses,
  varianceResolutions,
} from '@/app/_components/migration/labels';
import { RunDifference, RunMoney } from '@/app/_components/migration/run-money';
import type { ReconciledAccount } from '@/app/_components/migration/use-run-accounts';
import { Badge } from '@/app/_components/ui/badge';
import { ChoiceOptions, ChoiceSelect, isOneOf } from '@/app/_components/ui/choice-select';
import { cn } from '@/app/_components/ui/cn';
import { Field, Select, TextInput } from '@/app/_components/ui/field';
import { Cell, Table } from '@/app/_components/ui/table';
import type { ReconciliationStatus, VarianceCause, VarianceResolution } from '@/app/_gql/graphql';

const SHOWN = 100;

/** The run's accounts sorted by the size of their difference, with filters a reviewer works through. */
export function AccountsTable({
  accounts,
  currency,
  selected,
  onSelect,
}: {
  accounts: ReconciledAccount[];
  /** The run's currency, for accounts the import did not create. */
  currency: string | null;
  selected: string | null;
  onSelect: (legacyAccountId: string) => void;
}) {
  // Reviewers work through differences; matches are one choice away.
  const [status, setStatus] = useState<ReconciliationStatus | 'DIFFERENT' | ''>('DIFFERENT');
  const [cause, setCause] = useState<VarianceCause | ''>('');
  const [resolution, setResolution] = useState<VarianceResolution | ''>('');
  const [search, setSearch] = useState('');
  const [showAll, setShowAll] = useState(false);
  const needle = search.trim().toLowerCase();
  const rows = accounts
    .filter((account) =>
      status === 'DIFFERENT' ? account.status !== 'MATCH' : !status || account.status === status,
    )
    .filter((account) => !cause || (account.cause ?? account.suggestedCause) === cause)
    .filter((account) => !resolution || account.resolution === resolution)
    .filter(
      (account) =>
        !needle ||
        account.legacyAccountId.toLowerCase().includes(needle) ||
        (account.accountName ?? '').toLowerCase().includes(needle),
    )
    .sort((a, b) => absCompare(b.difference, a.difference));
  const shown = showAll ? rows : rows.slice(0, SHOWN);

  return (
    <>
      <div className="mb-3 grid grid-cols-2 gap-3 md:grid-cols-4">
        <Field label="Status">
          <Select
            value={status}
            onChange={(event) =>
              setStatus(
                event.target.value === 'DIFFERENT'
                  ? 'DIFFERENT'
                  : isOneOf(reconciliationStatuses, event.target.value)
                    ? event.target.value
                    : '',
              )
            }
          >
            <option value="DIFFERENT">Every difference</option>
            <option value="">Any status</option>
            <ChoiceOptions choices={reconciliationStatuses} labels={statusLabels} />
          </Select>
        </Field>
        <Field label="Cause">
          <ChoiceSelect
            choices={varianceCauses}
            labels={causeLabels}
            value={cause}
            onChange={setCause}
            emptyLabel="Any cause"
          />
        </Field>
        <Field label="Resolution">
          <ChoiceSelect
            choices={varianceResolutions}
            labels={resolutionLabels}
            value={resolution}
            onChange={setResolution}
            emptyLabel="Any resolution"
          />
        </Field>
        <Field label="Account">
          <TextInput
            placeholder="Id or name"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </Field>
      </div>
      <p className="mb-2 text-xs text-slate-500">
        {rows.length.toLocaleString('en-US')} of {accounts.length.toLocaleString('en-US')} accounts
      </p>
      <div data-testid="reconciled-accounts">
        <Table head={['Account', 'Status', 'Legacy total', 'New total', 'Difference', 'Cause', 'Review']}>
          {shown.map((account) => {
            const reviewedCause = account.cause ?? account.suggestedCause;
            const accountCurrency = account.account?.currency ?? currency;
            return (
              <tr
                key={account.legacyAccountId}
                className={cn(
                  'cursor-pointer hover:bg-slate-50',
                  selected === account.legacyAccountId && 'bg-brand-50/60',
                )}
                onClick={() => onSelect(account.legacyAccountId)}
              >
                <Cell>
                  <button
                    type="button"
                    className="text-left font-medium text-brand-700 hover:underline"
                    onClick={(event) => {
                      event.stopPropagation();
                      onSelect(account.legacyAccountId);
                    }}
                  >
                    {account.legacyAccountId}
                  </button>
                  <span className="block max-w-48 truncate text-xs text-slate-500">
                    {account.accountName}
                  </span>
                </Cell>
                <Cell>
                  <Badge tone={statusTones[account.status]}>{statusLabels[account.status]}</Badge>
                </Cell>
                <Cell className="text-right">
                  {account.legacyTotal === null ? (
                    '—'
                  ) : (
                    <RunMoney amount={account.legacyTotal} currency={accountCurrency} />
                  )}
                </Cell>
                <Cell className="text-right">
                  {account.newTotal === null ? (
                    '—'
                  ) : (
                    <RunMoney amount={account.newTotal} currency={accountCurrency} />
                  )}
                </Cell>
                <Cell
                  className={cn(
                    'text-right font-medium tabular-nums',
                    !isZero(account.difference) &&
                      (account.difference.startsWith('-') ? 'text-red-700' : 'text-amber-700'),
                  )}
                >
                  <RunDifference amount={account.difference} currency={accountCurrency} />
                </Cell>
                <Cell>
                  {reviewedCause ? causeLabels[reviewedCause] : '—'}
                  {account.cause && account.suggestedCause && account.cause !== account.suggestedCause && (
                    <span className="block text-xs text-slate-500">
                      suggested {causeLabels[account.suggestedCause]}
                    </span>
                  )}
                </Cell>
                <Cell>
                  {account.status === 'MATCH' ? (
                    <span className="text-xs text-slate-400">—</span>
                  ) : (
                    <Badge tone={resolutionTones[account.resolution]}>
                      {resolutionLabels[account.resolution]}
                    </Badge>
                  )}
                </Cell>
              </tr>
            );
          })}
        </Table>
      </div>
      {rows.length > SHOWN && !showAll && (
        <button
          type="button"
          className="mt-3 text-sm text-brand-700 hover:underline"
          onClick={() => setShowAll(true)}
        >
          Show all {rows.length.toLocaleString('en-US')}
        </button>
      )}
    </>
  );
}
