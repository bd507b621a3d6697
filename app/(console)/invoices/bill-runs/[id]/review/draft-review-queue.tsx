'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Money } from '@/app/_components/money';
import { Badge } from '@/app/_components/ui/badge';
import { Card } from '@/app/_components/ui/card';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { Field, Select } from '@/app/_components/ui/field';
import { LoadMore } from '@/app/_components/ui/load-more';
import { PageHeader } from '@/app/_components/ui/page-header';
import { QueryStatus } from '@/app/_components/ui/query-status';
import { Cell, NumberCell, NumberHead, Table } from '@/app/_components/ui/table';
import { useConnectionQuery } from '@/app/_components/use-connection-query';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';
import type { DraftReviewState } from '@/app/_gql/graphql';
import { BulkApproveForm } from './bulk-approve-form';
import { DraftReviewDetail } from './draft-review-detail';
import { reviewStateLabels, reviewStateTones, waitingStates } from './review-labels';

const DRAFT_REVIEW_QUEUE = graphql(`
  query DraftReviewQueue($billRunId: ID!, $states: [DraftReviewState!], $code: String, $first: Int, $after: String) {
    draftReviews(billRunId: $billRunId, states: $states, findingCode: $code, first: $first, after: $after) {
      edges {
        node {
          invoiceId state version decidedBy reason
          account { id name externalId }
          invoice { id total currency }
          findings { code severity message }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const DRAFT_REVIEW_QUEUE_CHECKS = graphql(`
  query DraftReviewQueueChecks {
    draftCheckSettings { code title }
  }
`);

type StateFilter = 'WAITING' | DraftReviewState | 'ALL';

const filterLabels: Record<StateFilter, string> = {
  WAITING: 'Waiting for review',
  ...reviewStateLabels,
  ALL: 'All drafts',
};

function statesOf(filter: StateFilter): DraftReviewState[] | null {
  if (filter === 'ALL') return null;
  return filter === 'WAITING' ? waitingStates : [filter];
}

/**
 * A bill run's review queue: the drafts its checks held, with their findings; one opened
 * shows beside its previous invoice with approve / hold / discard.
 */
export function DraftReviewQueue({ billRunId }: { billRunId: string }) {
  const [filter, setFilter] = useState<StateFilter>('WAITING');
  const [code, setCode] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const [refresh, setRefresh] = useState(0);
  const checks = useGraphQLQuery(DRAFT_REVIEW_QUEUE_CHECKS);
  const titleOf = new Map(checks.data?.draftCheckSettings.map((c) => [c.code, c.title]) ?? []);
  const reviews = useConnectionQuery(
    DRAFT_REVIEW_QUEUE,
    (data) => data.draftReviews,
    { billRunId, states: statesOf(filter), code: code || null },
    refresh,
    50,
  );
  const rows = reviews.nodes ?? [];
  const open = rows.find((row) => row.invoiceId === openId) ?? null;
  const decided = () => {
    setOpenId(null);
    setRefresh((n) => n + 1);
  };

  return (
    <>
      <PageHeader
        title="Draft review"
        description={
          <span>
            Drafts the automatic checks held for a person. Clean drafts are finalized and sent on their own.{' '}
            <Link href={`/invoices/bill-runs/${billRunId}`} className="text-brand-700 hover:underline">
              Back to the bill run
            </Link>
          </span>
        }
      />
      <div className="space-y-6">
        <Card title="Drafts">
          <div className="mb-4 grid gap-4 sm:grid-cols-3">
            <Field label="Show">
              <Select
                aria-label="State"
                value={filter}
                onChange={(event) => setFilter(event.target.value as StateFilter)}
              >
                {(Object.keys(filterLabels) as StateFilter[]).map((value) => (
                  <option key={value} value={value}>
                    {filterLabels[value]}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="With finding">
              <Select aria-label="Finding" value={code} onChange={(event) => setCode(event.target.value)}>
                <option value="">Any</option>
                {checks.data?.draftCheckSettings.map((check) => (
                  <option key={check.code} value={check.code}>
                    {check.title}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          {reviews.nodes === null ? (
            <QueryStatus error={reviews.error} loading="Loading drafts…" />
          ) : rows.length === 0 ? (
            <EmptyState title="Nothing to review">No draft of this run matches.</EmptyState>
          ) : (
            <Table head={['Account', <NumberHead key="total">Total</NumberHead>, 'State', 'Findings', '']}>
              {rows.map((row) => (
                <tr
                  key={row.invoiceId}
                  data-testid="draft-review-row"
                  aria-selected={row.invoiceId === openId}
                >
                  <Cell>
                    <div className="font-medium text-slate-900">{row.account.name}</div>
                    <div className="text-xs text-slate-500">{row.account.externalId}</div>
                  </Cell>
                  <NumberCell>
                    {row.invoice ? <Money amount={row.invoice.total} currency={row.invoice.currency} /> : '—'}
                  </NumberCell>
                  <Cell>
                    <Badge tone={reviewStateTones[row.state]}>{reviewStateLabels[row.state]}</Badge>
                    {row.reason && <div className="mt-1 text-xs text-slate-500">{row.reason}</div>}
                  </Cell>
                  <Cell>
                    <ul className="space-y-1">
                      {row.findings.map((finding) => (
                        <li key={finding.code} className="text-xs">
                          <Badge tone={finding.severity === 'HOLD' ? 'bad' : 'warn'}>
                            {titleOf.get(finding.code) ?? finding.code}
                          </Badge>{' '}
                          {finding.message}
                        </li>
                      ))}
                    </ul>
                  </Cell>
                  <Cell>
                    <button
                      type="button"
                      className="text-brand-700 hover:underline"
                      onClick={() => setOpenId(row.invoiceId === openId ? null : row.invoiceId)}
                    >
                      {row.invoiceId === openId ? 'Close' : 'Open'}
                    </button>
                  </Cell>
                </tr>
              ))}
            </Table>
          )}
          <LoadMore list={reviews} />
        </Card>
        {open && (
          <DraftReviewDetail
            invoiceId={open.invoiceId}
            accountName={open.account.name}
            state={open.state}
            version={open.version}
            onDecided={decided}
          />
        )}
        <BulkApproveForm
          billRunId={billRunId}
          checks={checks.data?.draftCheckSettings ?? []}
          onDone={decided}
        />
      </div>
    </>
  );
}
