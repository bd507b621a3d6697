'use client';

import { useState } from 'react';
import { formatDay } from '@/app/_components/format';
import { errorMessage, graphqlRequest } from '@/app/_components/graphql-client';
import { Badge } from '@/app/_components/ui/badge';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { ErrorText } from '@/app/_components/ui/error-text';
import { TextInput } from '@/app/_components/ui/field';
import { PageHeader } from '@/app/_components/ui/page-header';
import { Cell, Table } from '@/app/_components/ui/table';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';
import type { RatePlanBrowserEntryFragment } from '@/app/_gql/graphql';
import { formatUnitPrice } from '@/lib/money/format-money';
import { BackToCatalog } from '../../back-to-catalog';
import { CallRounding } from './call-rounding';
import { DeckImport } from './deck-import';

/** One destination's rates, as the deck table and the number lookup show it. */
export const RATE_PLAN_BROWSER_ENTRY = graphql(`
  fragment RatePlanBrowserEntry on RateDeckEntry {
    prefix destination destinationClass ratePerMinute
    bandRates { band ratePerMinute }
    initialIncrementSeconds subsequentIncrementSeconds connectionFee
    rateSteps { fromSecond ratePerMinute incrementSeconds }
    bandTerms {
      band connectionFee initialIncrementSeconds subsequentIncrementSeconds
      rateSteps { fromSecond ratePerMinute incrementSeconds }
    }
  }
`);

const RATE_PLAN_BROWSER = graphql(`
  query RatePlanBrowser($id: ID!) {
    ratePlan(id: $id) {
      code name currency timeZone callRoundingMode callDecimals
      catalog { roundingMode callDecimals }
      versions {
        id version effectiveFrom entryCount note
        timeBands { name dates }
        holidays { date band }
      }
    }
  }
`);

const RATE_PLAN_BROWSER_DECK = graphql(`
  query RatePlanBrowserDeck($id: ID!, $search: String, $first: Int) {
    rateDeckEntries(ratePlanId: $id, search: $search, first: $first) {
      edges { node { ...RatePlanBrowserEntry } }
      pageInfo { hasNextPage }
    }
  }
`);

const RATE_PLAN_BROWSER_LOOKUP = graphql(`
  query RatePlanBrowserLookup($id: ID!, $number: String!) {
    destinationLookup(ratePlanId: $id, number: $number) { ...RatePlanBrowserEntry }
  }
`);

type Step = { fromSecond: number; ratePerMinute: string; incrementSeconds: number };

/** "0 s 0.10/min per 60 s, 60 s 0.05/min per 1 s" */
function describeSteps(steps: readonly Step[], rate: (price: string) => string): string {
  return steps
    .map((step) => `from ${step.fromSecond} s ${rate(step.ratePerMinute)}/min per ${step.incrementSeconds} s`)
    .join(', ');
}

function describeBandTerms(
  terms: RatePlanBrowserEntryFragment['bandTerms'][number],
  rate: (price: string) => string,
): string {
  return [
    terms.connectionFee !== null && terms.connectionFee !== undefined
      ? `fee ${rate(terms.connectionFee)}`
      : null,
    terms.initialIncrementSeconds || terms.subsequentIncrementSeconds
      ? `increments ${terms.initialIncrementSeconds ?? '·'}/${terms.subsequentIncrementSeconds ?? '·'}`
      : null,
    terms.rateSteps ? `steps ${describeSteps(terms.rateSteps, rate)}` : null,
  ]
    .filter(Boolean)
    .join(', ');
}

export function RatePlanBrowser({ id }: { id: string }) {
  const [search, setSearch] = useState('');
  const [first, setFirst] = useState(100);
  const plan = useGraphQLQuery(RATE_PLAN_BROWSER, { id });
  const deck = useGraphQLQuery(RATE_PLAN_BROWSER_DECK, { id, search: search || null, first });
  const [number, setNumber] = useState('');
  const [lookup, setLookup] = useState<{
    number: string;
    entry: RatePlanBrowserEntryFragment | null;
    error?: string;
  } | null>(null);

  async function findDestination() {
    try {
      const { destinationLookup } = await graphqlRequest(RATE_PLAN_BROWSER_LOOKUP, { id, number });
      setLookup({ number, entry: destinationLookup });
    } catch (caught) {
      setLookup({ number, entry: null, error: errorMessage(caught) });
    }
  }

  const info = plan.data?.ratePlan;
  if (plan.data && !info) return <p className="text-sm text-slate-600">No such rate plan.</p>;
  const entries = deck.data?.rateDeckEntries.edges.map((edge) => edge.node) ?? [];
  // Rates are unrounded prices per minute in the plan's currency (as written until the plan has loaded).
  const rate = (price: string) => (info ? formatUnitPrice(price, info.currency) : price);
  return (
    <>
      <BackToCatalog />
      <PageHeader
        title={info ? `${info.code} · ${info.name}` : 'Rate plan'}
        description={
          info
            ? `Rates in ${info.currency} per minute; time bands read in ${info.timeZone}. A call takes the longest prefix its number starts with.`
            : undefined
        }
        actions={
          <a className="text-sm text-brand-600 hover:underline" href={`/api/rate-plans/${id}/deck.csv`}>
            Export deck (CSV)
          </a>
        }
      />
      <div className="space-y-6">
        <div className="grid gap-6 lg:grid-cols-3">
          <Card title="Versions" className="lg:col-span-2">
            {info && info.versions.length === 0 && (
              <p className="text-sm text-slate-500">No rates yet: import a deck.</p>
            )}
            {info && info.versions.length > 0 && (
              <Table head={['Version', 'From', 'Destinations', 'Time bands', 'Holidays', 'Note']}>
                {info.versions.map((version, index) => (
                  <tr key={version.id}>
                    <Cell>
                      {version.version} {index === 0 && <Badge tone="info">latest</Badge>}
                    </Cell>
                    <Cell className="whitespace-nowrap">{formatDay(version.effectiveFrom)}</Cell>
                    <Cell>{version.entryCount.toLocaleString('en-US')}</Cell>
                    <Cell>
                      {[
                        ...new Set(
                          version.timeBands.map((band) =>
                            band.dates.length > 0
                              ? `${band.name} (${band.dates.map(formatDay).join(', ')})`
                              : band.name,
                          ),
                        ),
                      ].join(', ') || '—'}
                    </Cell>
                    <Cell className="text-xs">
                      {version.holidays
                        .map((holiday) => `${formatDay(holiday.date)} → ${holiday.band}`)
                        .join(', ') || '—'}
                    </Cell>
                    <Cell>{version.note ?? ''}</Cell>
                  </tr>
                ))}
              </Table>
            )}
          </Card>
          {info && (
            <CallRounding
              ratePlanId={id}
              mode={info.callRoundingMode ?? null}
              decimals={info.callDecimals ?? null}
              catalog={info.catalog}
              onSaved={plan.reload}
            />
          )}
          <Card title="Which destination is this number?">
            <form
              className="flex gap-2"
              onSubmit={(event) => {
                event.preventDefault();
                void findDestination();
              }}
            >
              <TextInput
                aria-label="Phone number"
                placeholder="+44 20 7946 0000"
                value={number}
                onChange={(e) => setNumber(e.target.value)}
              />
              <Button type="submit" variant="secondary">
                Look up
              </Button>
            </form>
            {lookup && (
              <p className="mt-3 text-sm text-slate-700" data-testid="destination-lookup">
                {lookup.error ??
                  (lookup.entry
                    ? `${lookup.entry.destination} (prefix ${lookup.entry.prefix}): ${rate(lookup.entry.ratePerMinute)}/min, ${lookup.entry.initialIncrementSeconds}/${lookup.entry.subsequentIncrementSeconds}`
                    : `No prefix matches ${lookup.number}: calls to it stay unrated.`)}
              </p>
            )}
          </Card>
        </div>
        <Card
          title="Rates in force today"
          actions={
            <TextInput
              aria-label="Search the deck"
              placeholder="Prefix or destination"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              className="w-56"
            />
          }
        >
          <ErrorText>{deck.error}</ErrorText>
          {deck.data && entries.length === 0 && <p className="text-sm text-slate-500">Nothing matches.</p>}
          {entries.length > 0 && (
            <Table
              head={[
                'Prefix',
                'Destination',
                'Class',
                'Rate / min',
                'Band rates',
                'Increments',
                'Connection fee',
                'Steps and band terms',
              ]}
            >
              {entries.map((entry) => (
                <tr key={entry.prefix}>
                  <Cell className="font-mono text-xs">{entry.prefix}</Cell>
                  <Cell className="font-medium text-slate-900">{entry.destination}</Cell>
                  <Cell>{entry.destinationClass.toLowerCase().replace('_', '-')}</Cell>
                  <Cell className="font-mono text-xs">{rate(entry.ratePerMinute)}</Cell>
                  <Cell className="text-xs">
                    {entry.bandRates.map((band) => `${band.band} ${rate(band.ratePerMinute)}`).join(', ') ||
                      '—'}
                  </Cell>
                  <Cell>
                    {entry.initialIncrementSeconds}/{entry.subsequentIncrementSeconds}
                  </Cell>
                  <Cell className="font-mono text-xs">{rate(entry.connectionFee)}</Cell>
                  <Cell className="text-xs">
                    {[
                      entry.rateSteps ? `steps ${describeSteps(entry.rateSteps, rate)}` : null,
                      ...entry.bandTerms.map((terms) => `${terms.band}: ${describeBandTerms(terms, rate)}`),
                    ]
                      .filter(Boolean)
                      .join('; ') || '—'}
                  </Cell>
                </tr>
              ))}
            </Table>
          )}
          {deck.data?.rateDeckEntries.pageInfo.hasNextPage && (
            <Button variant="ghost" className="mt-3" onClick={() => setFirst((n) => Math.min(n + 100, 200))}>
              Show more
            </Button>
          )}
        </Card>
        <DeckImport
          ratePlanId={id}
          onImported={async () => {
            await plan.reload();
            await deck.reload();
          }}
        />
      </div>
    </>
  );
}
