'use client';

import { useState } from 'react';
import { dunningActionLabels } from '@/app/_components/dunning/dunning-labels';
import { Money } from '@/app/_components/money';
import { Card } from '@/app/_components/ui/card';
import { ErrorText } from '@/app/_components/ui/error-text';
import { Field, TextInput } from '@/app/_components/ui/field';
import { Cell, NumberCell, NumberHead, Table } from '@/app/_components/ui/table';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';
import type { DunningStagesQuery } from '@/app/_gql/graphql';

const DUNNING_STAGES = graphql(`
  query DunningStages($asOf: Date) {
    dunningStages(asOf: $asOf) { stage stepName action daysAfterDue currency invoiceCount amountDue }
  }
`);

function stageLabel(stage: DunningStagesQuery['dunningStages'][number]): string {
  if (stage.stage === 'CURRENT') return 'Current (not yet due)';
  if (stage.stage === 'PAST_DUE') return 'Past due, not yet dunned';
  const action = stage.action ? ` · ${dunningActionLabels[stage.action]}` : '';
  return `${stage.stepName} (day ${stage.daysAfterDue})${action}`;
}

/** Open invoices by where they are in dunning: current, past due, then each step as the last one taken. */
export function DunningStages({ refresh }: { refresh: number }) {
  const [asOf, setAsOf] = useState(() => new Date().toISOString().slice(0, 10));
  const { data, error } = useGraphQLQuery(DUNNING_STAGES, { asOf }, refresh);
  const stages = data?.dunningStages;
  return (
    <Card
      title="Open invoices by dunning stage"
      actions={
        <Field label="As of">
          <TextInput type="date" value={asOf} onChange={(e) => e.target.value && setAsOf(e.target.value)} />
        </Field>
      }
    >
      <ErrorText>{error}</ErrorText>
      {stages && stages.length === 0 && <p className="text-sm text-slate-500">No open invoices.</p>}
      {stages && stages.length > 0 && (
        <div data-testid="dunning-stages">
          <Table
            head={[
              'Stage',
              <NumberHead key="n">Invoices</NumberHead>,
              <NumberHead key="a">Amount due</NumberHead>,
            ]}
          >
            {stages.map((stage) => (
              <tr key={`${stage.stage}-${stage.stepName}-${stage.daysAfterDue}-${stage.currency}`}>
                <Cell>{stageLabel(stage)}</Cell>
                <NumberCell>{stage.invoiceCount}</NumberCell>
                <NumberCell>
                  <Money amount={stage.amountDue} currency={stage.currency} />
                </NumberCell>
              </tr>
            ))}
          </Table>
        </div>
      )}
    </Card>
  );
}
