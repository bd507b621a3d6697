'use client';

import { useState } from 'react';
import { channelsText, dunningActionLabels } from '@/app/_components/dunning/dunning-labels';
import { formatDate, formatDateTime } from '@/app/_components/format';
import { sendGraphQL } from '@/app/_components/graphql-client';
import { Money } from '@/app/_components/money';
import { Badge, type BadgeTone } from '@/app/_components/ui/badge';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { ErrorText } from '@/app/_components/ui/error-text';
import { Field, Select, TextInput } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { Cell, NumberCell, NumberHead, Table } from '@/app/_components/ui/table';
import { useFormSubmission } from '@/app/_components/use-form-submission';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { useMutationForm } from '@/app/_components/use-mutation-form';
import { graphql } from '@/app/_gql';
import type { CommsDeliveryStatus } from '@/app/_gql/graphql';

const ACCOUNT_DUNNING = graphql(`
  query AccountDunning($id: ID!) {
    accountDunning(accountId: $id) {
      policy { id name } isPolicyAssigned pausedUntil pauseReason pausedBy
      openInvoices {
        invoiceId invoiceNumber dueDate amountDue currency
        lastStepName lastStepOn nextStepName nextAction nextStepOn
      }
      emails { id recipient status subject transport error createdAt }
    }
    dunningPolicies { id name isDefault }
    dunningEvents(accountId: $id, first: 20) {
      edges { node { id invoiceNumber action skipped asOf occurredAt step { name channels } } }
    }
  }
`);

const SET_POLICY = graphql(`
  mutation SetAccountDunningPolicy($input: SetAccountDunningPolicyInput!) {
    setAccountDunningPolicy(input: $input) { accountDunning { isPolicyAssigned } userErrors { code field message } }
  }
`);

const PAUSE = graphql(`
  mutation PauseAccountDunning($input: PauseAccountDunningInput!) {
    pauseAccountDunning(input: $input) { accountDunning { pausedUntil } userErrors { code field message } }
  }
`);

const RESUME = graphql(`
  mutation ResumeAccountDunning($input: ResumeAccountDunningInput!) {
    resumeAccountDunning(input: $input) { accountDunning { pausedUntil } userErrors { code field message } }
  }
`);

const emailTones: Record<CommsDeliveryStatus, BadgeTone> = {
  QUEUED: 'neutral',
  SENDING: 'neutral',
  SENT: 'good',
  DELIVERED: 'good',
  BOUNCED: 'bad',
  FAILED: 'bad',
  SUPPRESSED: 'neutral',
  UNKNOWN: 'warn',
};

/**
 * The account's dunning: the policy it follows (changeable), its pause (with reason and end
 * day), each open invoice's last and next step, and the steps taken so far.
 */
export function AccountDunning({ accountId, refresh }: { accountId: string; refresh: number }) {
  const [changed, setChanged] = useState(0);
  const reload = () => setChanged((n) => n + 1);
  const { data, error } = useGraphQLQuery(ACCOUNT_DUNNING, { id: accountId }, refresh + changed);
  const state = data?.accountDunning;
  const { errors, pending, submit } = useFormSubmission();
  const pause = useMutationForm({
    mutation: PAUSE,
    toVariables: (values) => ({
      input: { accountId, until: values.text('until'), reason: values.text('reason') },
    }),
    payload: (result) => result.pauseAccountDunning,
    onDone: reload,
  });
  async function setPolicy(policyId: string) {
    const done = await submit(
      async () =>
        (await sendGraphQL(SET_POLICY, { input: { accountId, policyId: policyId || null } }))
          .setAccountDunningPolicy,
    );
    if (done) reload();
  }
  async function resume() {
    const done = await submit(
      async () => (await sendGraphQL(RESUME, { input: { accountId } })).resumeAccountDunning,
    );
    if (done) reload();
  }
  return (
    <Card title="Dunning" label="Dunning">
      <ErrorText>{error ?? errors.form}</ErrorText>
      {state && data && (
        <div className="space-y-5" data-testid="account-dunning">
          <div className="flex flex-wrap items-end gap-4">
            <Field label="Policy" hint={state.isPolicyAssigned ? undefined : 'Follows the default policy.'}>
              <Select
                value={state.isPolicyAssigned ? (state.policy?.id ?? '') : ''}
                disabled={pending}
                onChange={(event) => setPolicy(event.target.value)}
              >
                <option value="">
                  Default ({data.dunningPolicies.find((p) => p.isDefault)?.name ?? 'none'})
                </option>
                {data.dunningPolicies.map((policy) => (
                  <option key={policy.id} value={policy.id}>
                    {policy.name}
                  </option>
                ))}
              </Select>
            </Field>
            {state.pausedUntil ? (
              <div className="flex items-center gap-3 text-sm">
                <Badge tone="warn">Paused until {formatDate(state.pausedUntil)}</Badge>
                <span className="text-slate-600">
                  {state.pauseReason}{' '}
                  {state.pausedBy && <span className="text-slate-400">({state.pausedBy})</span>}
                </span>
                <Button variant="secondary" onClick={resume} disabled={pending}>
                  Resume dunning
                </Button>
              </div>
            ) : (
              <form onSubmit={pause.onSubmit} className="flex flex-wrap items-end gap-3">
                <Field label="Pause until" error={pause.errors.until}>
                  <TextInput type="date" name="until" required />
                </Field>
                <Field label="Reason" error={pause.errors.reason}>
                  <TextInput name="reason" placeholder="Promised to pay by wire" required />
                </Field>
                <FormFooter
                  error={pause.errors.form}
                  pending={pause.pending}
                  submit="Pause dunning"
                  busy="Pausing…"
                />
              </form>
            )}
          </div>
          {state.openInvoices.length === 0 ? (
            <p className="text-sm text-slate-500">No open invoices: nothing to dun.</p>
          ) : (
            <Table
              head={[
                'Invoice',
                'Due',
                <NumberHead key="due">Amount due</NumberHead>,
                'Last step',
                'Next step',
              ]}
            >
              {state.openInvoices.map((invoice) => (
                <tr key={invoice.invoiceId}>
                  <Cell className="font-mono">{invoice.invoiceNumber}</Cell>
                  <Cell>{formatDate(invoice.dueDate)}</Cell>
                  <NumberCell>
                    <Money amount={invoice.amountDue} currency={invoice.currency} />
                  </NumberCell>
                  <Cell>
                    {invoice.lastStepName
                      ? `${invoice.lastStepName}, ${formatDate(invoice.lastStepOn)}`
                      : '—'}
                  </Cell>
                  <Cell>
                    {invoice.nextStepName
                      ? `${invoice.nextStepName} on ${formatDate(invoice.nextStepOn)}`
                      : 'None left'}
                  </Cell>
                </tr>
              ))}
            </Table>
          )}
          {state.emails.length > 0 && (
            <div>
              <h3 className="mb-2 text-xs font-medium uppercase text-slate-500">Emails</h3>
              <ul className="divide-y divide-slate-100 text-sm">
                {state.emails.map((email) => (
                  <li key={email.id} className="flex flex-wrap items-center gap-2 py-2">
                    <span className="text-slate-900">{email.subject}</span>
                    <Badge tone={emailTones[email.status]}>
                      {email.transport === 'outbox' ? 'In the outbox' : email.status.toLowerCase()}
                    </Badge>
                    <span className="text-slate-500">
                      to {email.recipient} · {formatDateTime(email.createdAt)}
                    </span>
                    {email.error && <span className="text-xs text-red-700">{email.error}</span>}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {data.dunningEvents.edges.length > 0 && (
            <div>
              <h3 className="mb-2 text-xs font-medium uppercase text-slate-500">History</h3>
              <ul className="divide-y divide-slate-100 text-sm">
                {data.dunningEvents.edges.map(({ node }) => (
                  <li key={node.id} className="flex flex-wrap items-center gap-2 py-2">
                    <span className="font-medium text-slate-900">{node.step.name}</span>
                    <Badge tone={node.skipped ? 'neutral' : 'info'}>
                      {node.skipped ? 'Skipped' : dunningActionLabels[node.action]}
                    </Badge>
                    <span className="font-mono text-slate-600">{node.invoiceNumber}</span>
                    <span className="text-slate-500">
                      {node.skipped ? 'no message sent' : channelsText(node.step.channels)} ·{' '}
                      {formatDateTime(node.occurredAt)}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
    </Card>
  );
}
