import type { ReactNode } from 'react';
import { formatDateTime } from '@/app/_components/format';
import { Money } from '@/app/_components/money';
import { Badge } from '@/app/_components/ui/badge';
import { Card } from '@/app/_components/ui/card';
import { Cell, Table } from '@/app/_components/ui/table';
import { graphql } from '@/app/_gql';
import type { MigrationValidationReportFragment } from '@/app/_gql/graphql';

graphql(`
  fragment MigrationValidationReport on ValidationReport {
    referenceProblems { file line legacyId reason } referenceProblemCount
    subscriptionsOutsideLifetimes { legacyId accountRef problem }
    usageOutsideLifetimes { accountRef records firstAt lastAt }
    usageOutsidePeriod unratedUsage { reason records }
    openingBalances { currency accounts total } clean
  }
`);

function Section({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  return (
    <section className="border-t border-slate-100 pt-4 first:border-0 first:pt-0">
      <h3 className="mb-2 flex items-center gap-2 text-sm font-semibold text-slate-800">
        {title} <Badge tone={count > 0 ? 'warn' : 'good'}>{count.toLocaleString('en-US')}</Badge>
      </h3>
      {children}
    </section>
  );
}

/** What to look at before trusting the import. */
export function ValidationReport({ validation }: { validation: MigrationValidationReportFragment }) {
  return (
    <Card
      title="Validation"
      actions={
        validation.clean ? (
          <Badge tone="good">nothing to look at</Badge>
        ) : (
          <Badge tone="warn">needs a look</Badge>
        )
      }
    >
      <div className="space-y-5" data-testid="validation-report">
        <Section title="References to something the export lacks" count={validation.referenceProblemCount}>
          {validation.referenceProblems.length > 0 && (
            <Table head={['File', 'Line', 'Legacy id', 'Missing']}>
              {validation.referenceProblems.map((problem) => (
                <tr key={`${problem.file}:${problem.line}:${problem.legacyId}`}>
                  <Cell className="font-mono text-xs">{problem.file}</Cell>
                  <Cell className="tabular-nums">{problem.line ?? '—'}</Cell>
                  <Cell className="font-mono text-xs">{problem.legacyId ?? '—'}</Cell>
                  <Cell>{problem.reason}</Cell>
                </tr>
              ))}
            </Table>
          )}
          {validation.referenceProblemCount > validation.referenceProblems.length && (
            <p className="mt-2 text-xs text-slate-500">
              The first {validation.referenceProblems.length} of{' '}
              {validation.referenceProblemCount.toLocaleString('en-US')}.
            </p>
          )}
        </Section>
        <Section
          title="Subscriptions outside their account's lifetime"
          count={validation.subscriptionsOutsideLifetimes.length}
        >
          {validation.subscriptionsOutsideLifetimes.length > 0 && (
            <Table head={['Subscription', 'Account', 'Problem']}>
              {validation.subscriptionsOutsideLifetimes.map((problem) => (
                <tr key={problem.legacyId}>
                  <Cell className="font-mono text-xs">{problem.legacyId}</Cell>
                  <Cell className="font-mono text-xs">{problem.accountRef}</Cell>
                  <Cell>{problem.problem}</Cell>
                </tr>
              ))}
            </Table>
          )}
        </Section>
        <Section
          title="Usage outside its account's lifetime"
          count={validation.usageOutsideLifetimes.reduce((total, entry) => total + entry.records, 0)}
        >
          {validation.usageOutsideLifetimes.length > 0 && (
            <Table head={['Account', 'Records', 'First', 'Last']}>
              {validation.usageOutsideLifetimes.map((entry) => (
                <tr key={entry.accountRef}>
                  <Cell className="font-mono text-xs">{entry.accountRef}</Cell>
                  <Cell className="tabular-nums">{entry.records.toLocaleString('en-US')}</Cell>
                  <Cell className="whitespace-nowrap">{formatDateTime(entry.firstAt)}</Cell>
                  <Cell className="whitespace-nowrap">{formatDateTime(entry.lastAt)}</Cell>
                </tr>
              ))}
            </Table>
          )}
        </Section>
        <Section title="Usage dated outside the export's period" count={validation.usageOutsidePeriod}>
          {null}
        </Section>
        <Section
          title="Unrated usage"
          count={validation.unratedUsage.reduce((total, entry) => total + entry.records, 0)}
        >
          {validation.unratedUsage.length > 0 && (
            <ul className="space-y-1 text-sm text-slate-700">
              {validation.unratedUsage.map((entry) => (
                <li key={entry.reason}>
                  <span className="font-mono text-xs">{entry.reason}</span>:{' '}
                  {entry.records.toLocaleString('en-US')} records
                </li>
              ))}
            </ul>
          )}
        </Section>
        <section className="border-t border-slate-100 pt-4">
          <h3 className="mb-2 text-sm font-semibold text-slate-800">Opening balances carried</h3>
          {validation.openingBalances.length === 0 ? (
            <p className="text-sm text-slate-600">No open balances in the export.</p>
          ) : (
            <ul className="space-y-1 text-sm text-slate-700" data-testid="opening-balances">
              {validation.openingBalances.map((entry) => (
                <li key={entry.currency}>
                  <Money amount={entry.total} currency={entry.currency} className="font-semibold" /> over{' '}
                  {entry.accounts.toLocaleString('en-US')} accounts
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </Card>
  );
}
