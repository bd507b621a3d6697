'use client';

import Link from 'next/link';
import { useState } from 'react';
import { channelsText, dunningActionLabels } from '@/app/_components/dunning/dunning-labels';
import { Money } from '@/app/_components/money';
import { Card } from '@/app/_components/ui/card';
import { ErrorText } from '@/app/_components/ui/error-text';
import { Field, TextInput } from '@/app/_components/ui/field';
import { Cell, NumberCell, NumberHead, Table } from '@/app/_components/ui/table';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';

const DUNNING_PREVIEW = graphql(`
  query DunningPreview($on: Date) {
    dunningPreview(on: $on) {
      on
      actions { accountId accountName invoiceId invoiceNumber amountDue currency stepName action channels templateName }
    }
  }
`);

const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

/** What dunning will do on a day (tomorrow unless another is chosen), before it happens. */
export function DunningPreview({ refresh }: { refresh: number }) {
  const [on, setOn] = useState(tomorrow);
  const { data, error } = useGraphQLQuery(DUNNING_PREVIEW, { on }, refresh);
  const actions = data?.dunningPreview.actions;
  return (
    <Card
      title="Dunning preview"
      actions={
        <Field label="On">
          <TextInput type="date" value={on} onChange={(e) => e.target.value && setOn(e.target.value)} />
        </Field>
      }
    >
      <ErrorText>{error}</ErrorText>
      <p className="mb-3 text-xs text-slate-500">
        Steps are taken hourly between 09:00 and 17:00 in each account’s time zone; a payment or a pause
        before then stops them.
      </p>
      {actions && actions.length === 0 && (
        <p className="text-sm text-slate-500">No dunning actions that day.</p>
      )}
      {actions && actions.length > 0 && (
        <div data-testid="dunning-preview">
          <Table
            head={['Account', 'Invoice', <NumberHead key="a">Amount due</NumberHead>, 'Step', 'Message']}
          >
            {actions.map((action) => (
              <tr key={action.invoiceId}>
                <Cell>
                  <Link href={`/accounts/${action.accountId}`} className="text-brand-700 hover:underline">
                    {action.accountName}
                  </Link>
                </Cell>
                <Cell className="font-mono">{action.invoiceNumber}</Cell>
                <NumberCell>
                  <Money amount={action.amountDue} currency={action.currency} />
                </NumberCell>
                <Cell>
                  {action.stepName}{' '}
                  <span className="text-slate-500">({dunningActionLabels[action.action]})</span>
                </Cell>
                <Cell>
                  {action.templateName ? `${action.templateName} · ` : ''}
                  {channelsText(action.channels)}
                </Cell>
              </tr>
            ))}
          </Table>
        </div>
      )}
    </Card>
  );
}
