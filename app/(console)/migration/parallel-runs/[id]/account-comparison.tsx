'use client';

import { useEffect, useRef, useState } from 'react';
import { formatDateTime } from '@/app/_components/format';
import {
  causeLabels,
  resolutionLabels,
  resolutionTones,
  statusLabels,
  statusTones,
} from '@/app/_components/migration/labels';
import { RunDifference, RunMoney } from '@/app/_components/migration/run-money';
import { Badge } from '@/app/_components/ui/badge';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { Checkbox } from '@/app/_components/ui/checkbox';
import { cn } from '@/app/_components/ui/cn';
import { ErrorText } from '@/app/_components/ui/error-text';
import { Notice } from '@/app/_components/ui/notice';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';
import type { MigrationAccountComparisonQuery } from '@/app/_gql/graphql';
import { formatQuantity, formatUnitPrice } from '@/lib/money/format-money';
import { ReviewForm } from './review-form';

const MIGRATION_ACCOUNT_COMPARISON = graphql(`
  query MigrationAccountComparison($id: ID!, $account: String!) {
    parallelRun(id: $id) {
      account(legacyAccountId: $account) {
        ...MigrationReconciledAccount
        lines {
          lineType key productCode description legacyQuantity newQuantity legacyUnitPrice newUnitPrice
          legacyAmount newAmount difference differs
        }
      }
    }
  }
`);

type AccountWithLines = NonNullable<NonNullable<MigrationAccountComparisonQuery['parallelRun']>['account']>;

/** A unit price with every decimal it has, in the currency's minor unit at least when it is known. */
function formatPrice(price: string | null, currency: string | null): string {
  if (price === null) return '—';
  return currency ? formatUnitPrice(price, currency) : price;
}

/** One account's legacy and Switchboard invoices side by side, lines matched by their key. */
export function AccountComparison({
  runId,
  legacyAccountId,
  refresh,
  runCurrency,
  canReview,
  onReviewed,
  onClose,
}: {
  runId: string;
  legacyAccountId: string;
  refresh: number;
  /** The run's currency, for an account the import did not create. */
  runCurrency: string | null;
  canReview: boolean;
  onReviewed: () => void;
  onClose: () => void;
}) {
  const { data, error } = useGraphQLQuery(
    MIGRATION_ACCOUNT_COMPARISON,
    { id: runId, account: legacyAccountId },
    refresh,
  );
  const [onlyDiffering, setOnlyDiffering] = useState(false);
  const top = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new account starts with every line shown, in view
  useEffect(() => {
    setOnlyDiffering(false);
    top.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [legacyAccountId]);
  const account = data?.parallelRun?.account;
  const currency = account?.account?.currency ?? runCurrency;

  return (
    <div ref={top} className="scroll-mt-4">
      <Card
        title={
          <span data-testid="comparison-title">
            {legacyAccountId}
            {account?.accountName ? ` · ${account.accountName}` : ''}
          </span>
        }
        actions={
          <Button variant="ghost" onClick={onClose}>
            Close
          </Button>
        }
      >
        <ErrorText>{error}</ErrorText>
        {!account ? (
          <p className="text-sm text-slate-500">Loading…</p>
        ) : (
          <div className="space-y-4" data-testid="account-comparison">
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <Badge tone={statusTones[account.status]}>{statusLabels[account.status]}</Badge>
              {account.suggestedCause && (
                <span className="text-slate-600">
                  Suggested cause: <strong>{causeLabels[account.suggestedCause]}</strong>
                </span>
              )}
              {account.status !== 'MATCH' && (
                <Badge tone={resolutionTones[account.resolution]}>
                  {resolutionLabels[account.resolution]}
                </Badge>
              )}
              {account.cause && <span className="text-slate-600">cause {causeLabels[account.cause]}</span>}
              <div className="ml-auto">
                <Checkbox checked={onlyDiffering} onChange={setOnlyDiffering}>
                  Only differing lines
                </Checkbox>
              </div>
            </div>
            {account.comment && (
              <Notice>
                “{account.comment}” — {account.reviewedBy} {formatDateTime(account.reviewedAt)}
              </Notice>
            )}
            <SideBySide account={account} onlyDiffering={onlyDiffering} currency={currency} />
            {canReview && account.status !== 'MATCH' && (
              <ReviewForm runId={runId} account={account} onReviewed={onReviewed} />
            )}
          </div>
        )}
      </Card>
    </div>
  );
}

function SideBySide({
  account,
  onlyDiffering,
  currency,
}: {
  account: AccountWithLines;
  onlyDiffering: boolean;
  currency: string | null;
}) {
  const lines = onlyDiffering ? account.lines.filter((line) => line.differs) : account.lines;
  const head = 'px-2 py-1.5 text-xs font-semibold tracking-wide text-slate-500 uppercase';
  const num = 'px-2 py-1.5 text-right tabular-nums';
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm" data-testid="side-by-side">
        <thead>
          <tr>
            <th className={cn(head, 'text-left')} rowSpan={2}>
              Line
            </th>
            <th className={cn(head, 'border-l border-slate-200 text-center')} colSpan={3}>
              Legacy invoice
            </th>
            <th className={cn(head, 'border-l border-slate-200 text-center')} colSpan={3}>
              Switchboard
            </th>
            <th className={cn(head, 'border-l border-slate-200 text-right')} rowSpan={2}>
              Difference
            </th>
          </tr>
          <tr className="border-b border-slate-200">
            {['Qty', 'Price', 'Amount', 'Qty', 'Price', 'Amount'].map((label, index) => (
              <th
                // biome-ignore lint/suspicious/noArrayIndexKey: header cells are static
                key={index}
                className={cn(
                  head,
                  'text-right font-medium normal-case',
                  index % 3 === 0 && 'border-l border-slate-200',
                )}
              >
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {lines.map((line) => (
            <tr
              key={`${line.lineType}:${line.key}`}
              className={cn(line.differs && 'bg-amber-50')}
              data-differs={line.differs ? 'true' : undefined}
            >
              <td className="px-2 py-1.5">
                <span className="font-medium text-slate-800">{line.description ?? line.key}</span>
                <span className="block text-xs text-slate-500">
                  {line.lineType} · {line.key}
                  {line.differs && <span className="ml-1 font-semibold text-amber-800">differs</span>}
                </span>
              </td>
              <td className={cn(num, 'border-l border-slate-100')}>
                {line.legacyQuantity === null ? '—' : formatQuantity(line.legacyQuantity)}
              </td>
              <td className={num}>{formatPrice(line.legacyUnitPrice, currency)}</td>
              <td className={cn(num, line.legacyAmount === null && 'text-red-700')}>
                {line.legacyAmount === null ? (
                  'no line'
                ) : (
                  <RunMoney amount={line.legacyAmount} currency={currency} />
                )}
              </td>
              <td className={cn(num, 'border-l border-slate-100')}>
                {line.newQuantity === null ? '—' : formatQuantity(line.newQuantity)}
              </td>
              <td className={num}>{formatPrice(line.newUnitPrice, currency)}</td>
              <td className={cn(num, line.newAmount === null && 'text-red-700')}>
                {line.newAmount === null ? (
                  'no line'
                ) : (
                  <RunMoney amount={line.newAmount} currency={currency} />
                )}
              </td>
              <td
                className={cn(num, 'border-l border-slate-100 font-medium', line.differs && 'text-amber-800')}
              >
                <RunDifference amount={line.difference} currency={currency} />
              </td>
            </tr>
          ))}
          {lines.length === 0 && (
            <tr>
              <td colSpan={8} className="px-2 py-3 text-sm text-slate-500">
                No lines to show.
              </td>
            </tr>
          )}
        </tbody>
        <tfoot className="border-t-2 border-slate-200 text-slate-800">
          {(
            [
              ['Subtotal', account.legacySubtotal, account.newSubtotal],
              ['Tax', account.legacyTaxTotal, account.newTaxTotal],
              ['Total', account.legacyTotal, account.newTotal],
            ] as const
          ).map(([label, legacy, fresh]) => (
            <tr key={label} className={cn(label === 'Total' && 'font-semibold')}>
              <td className="px-2 py-1">{label}</td>
              <td colSpan={3} className={cn(num, 'border-l border-slate-100')}>
                {legacy === null ? 'no invoice' : <RunMoney amount={legacy} currency={currency} />}
              </td>
              <td colSpan={3} className={cn(num, 'border-l border-slate-100')}>
                {fresh === null ? 'no invoice' : <RunMoney amount={fresh} currency={currency} />}
              </td>
              <td
                className={cn(num, 'border-l border-slate-100')}
                data-testid={label === 'Total' ? 'total-difference' : undefined}
              >
                {label === 'Total' && <RunDifference amount={account.difference} currency={currency} />}
              </td>
            </tr>
          ))}
        </tfoot>
      </table>
    </div>
  );
}
