import { describe, expect, it } from 'vitest';
import {
  AccountDunningDocument,
  DunningPoliciesConsoleDocument,
  DunningPreviewDocument,
  DunningStagesDocument,
} from '../app/_gql/graphql';
import { systemActor } from '../lib/auth/actor';
import { createMessageTemplate } from '../lib/comms/create-message-template';
import { runDunning } from '../lib/payments/run-dunning';
import { daytimeOf } from '../seed/dunning-clock';
import { makeAccount, makeInvoice } from '../seed/factories';
import { signedInGraphQL } from './testing/signed-in-graphql';

/** Dunning over the wire, as billing staff: policies with their userErrors, an account's pause and state, the preview. */
const api = signedInGraphQL('billing');

const CREATE = `mutation($input: CreateDunningPolicyInput!) {
  createDunningPolicy(input: $input) {
    policy { id name isDefault steps { id position daysAfterDue action name channels template { name } } }
    userErrors { code field message }
  }
}`;

type Created = {
  createDunningPolicy: {
    policy: { id: string; steps: { id: string; daysAfterDue: number; channels: string[] }[] } | null;
    userErrors: { code: string; field: string[] }[];
  };
};

async function templateId() {
  const { template } = await createMessageTemplate(
    { db: api.db, actor: systemActor('test') },
    {
      name: 'Overdue',
      subject: 'Invoice {{invoiceNumber}}',
      body: '{{amountDue}} due {{dueDate}}: {{paymentLink}}',
    },
  );
  return template?.id ?? '';
}

describe('dunning over GraphQL', () => {
  it('creates a policy, and refuses bad steps with typed userErrors', async () => {
    const template = await templateId();
    const good = await api.request<Created>(CREATE, {
      input: {
        name: 'Over the wire',
        steps: [
          { daysAfterDue: 15, action: 'FINAL_NOTICE', templateId: template, channels: ['EMAIL', 'PORTAL'] },
          { daysAfterDue: 5, action: 'REMINDER', templateId: template, channels: ['EMAIL'] },
          { daysAfterDue: 45, action: 'COLLECTIONS' },
        ],
      },
    });
    expect(good.body.errors).toBeUndefined();
    expect(good.body.data?.createDunningPolicy).toMatchObject({
      policy: {
        name: 'Over the wire',
        isDefault: false,
        steps: [
          {
            position: 1,
            daysAfterDue: 5,
            action: 'REMINDER',
            channels: ['EMAIL'],
            template: { name: 'Overdue' },
          },
          { position: 2, daysAfterDue: 15, action: 'FINAL_NOTICE', channels: ['EMAIL', 'PORTAL'] },
          {
            position: 3,
            daysAfterDue: 45,
            action: 'COLLECTIONS',
            name: 'Hand-over to collections',
            template: null,
          },
        ],
      },
      userErrors: [],
    });

    const bad = await api.request<Created>(CREATE, {
      input: {
        name: 'Broken',
        steps: [
          { daysAfterDue: -1, action: 'REMINDER' },
          { daysAfterDue: 9, action: 'REMINDER', templateId: 'not-a-template', channels: ['EMAIL'] },
          { daysAfterDue: 9, action: 'SECOND_REMINDER' },
        ],
      },
    });
    expect(bad.body.data?.createDunningPolicy).toEqual({
      policy: null,
      userErrors: [
        expect.objectContaining({ code: 'INVALID', field: ['input', 'steps', '0', 'daysAfterDue'] }),
        expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'steps', '1', 'templateId'] }),
        expect.objectContaining({ code: 'TAKEN', field: ['input', 'steps', '2', 'daysAfterDue'] }),
      ],
    });
    const { body } = await api.request<{ dunningPolicies: { name: string }[] }>(
      '{ dunningPolicies { name } }',
    );
    expect(body.data?.dunningPolicies.map((policy) => policy.name)).toEqual(['Standard', 'Over the wire']);
  });

  it('pauses an account, shows its dunning state and history, and previews a day', async () => {
    const account = await makeAccount(api.db, { billingEmail: 'ap@wire.example' });
    const invoice = await makeInvoice(api.db, {
      accountId: account.id,
      issueDate: '2040-01-01',
      dueDate: '2040-01-31',
      total: '80.00',
    });
    await runDunning(api.db, { now: daytimeOf('2040-02-07') });

    const paused = await api.request<{ pauseAccountDunning: { userErrors: unknown[] } }>(
      `mutation($input: PauseAccountDunningInput!) {
        pauseAccountDunning(input: $input) { accountDunning { pausedUntil pauseReason pausedBy } userErrors { code field } }
      }`,
      { input: { accountId: account.id, until: '2040-03-01', reason: 'Disputed line' } },
    );
    expect(paused.body.data?.pauseAccountDunning).toEqual({
      accountDunning: {
        pausedUntil: '2040-03-01',
        pauseReason: 'Disputed line',
        pausedBy: 'billing@signed-in.test',
      },
      userErrors: [],
    });
    const refused = await api.request<{ pauseAccountDunning: { userErrors: { code: string }[] } }>(
      `mutation($input: PauseAccountDunningInput!) { pauseAccountDunning(input: $input) { userErrors { code field } } }`,
      { input: { accountId: account.id, until: '2001-01-01', reason: ' ' } },
    );
    expect(refused.body.data?.pauseAccountDunning.userErrors).toEqual([
      { code: 'INVALID', field: ['input', 'until'] },
      { code: 'REQUIRED', field: ['input', 'reason'] },
    ]);

    const state = await api.request(
      `query($id: ID!) {
        accountDunning(accountId: $id) {
          policy { name } isPolicyAssigned pausedUntil
          openInvoices { invoiceNumber amountDue lastStepName lastStepOn nextStepName nextAction nextStepOn }
        }
        dunningEvents(accountId: $id, first: 5) { edges { node { step { name } skipped asOf } } }
        dunningPreview(on: "2040-03-01") { on actions { invoiceNumber stepName action channels } }
        dunningStages(asOf: "2040-02-10") { stage stepName currency invoiceCount amountDue }
      }`,
      { id: account.id },
    );
    expect(state.body.errors).toBeUndefined();
    expect(state.body.data).toEqual({
      accountDunning: {
        policy: { name: 'Standard' },
        isPolicyAssigned: false,
        pausedUntil: '2040-03-01',
        openInvoices: [
          {
            invoiceNumber: invoice.number,
            amountDue: '80.00',
            lastStepName: 'First reminder',
            lastStepOn: '2040-02-07',
            // Paused until 1 March: that day the final notice (day 30) is taken, the second reminder skipped.
            nextStepName: 'Final notice',
            nextAction: 'FINAL_NOTICE',
            nextStepOn: '2040-03-01',
          },
        ],
      },
      dunningEvents: {
        edges: [{ node: { step: { name: 'First reminder' }, skipped: false, asOf: '2040-02-07' } }],
      },
      // On the pause's end day the latest step reached (final notice, day 30) is the one taken.
      dunningPreview: {
        on: '2040-03-01',
        actions: [
          { invoiceNumber: invoice.number, stepName: 'Final notice', action: 'FINAL_NOTICE', channels: [] },
        ],
      },
      dunningStages: [
        { stage: 'STEP', stepName: 'First reminder', currency: 'USD', invoiceCount: 1, amountDue: '80.00' },
      ],
    });
  });

  it('answers the console’s own dunning documents without errors', async () => {
    const account = await makeAccount(api.db, { billingEmail: 'console@wire.example' });
    await makeInvoice(api.db, {
      accountId: account.id,
      issueDate: '2041-01-01',
      dueDate: '2041-01-31',
      total: '10.00',
    });
    await runDunning(api.db, { now: daytimeOf('2041-02-08') });
    for (const [document, variables] of [
      [AccountDunningDocument, { id: account.id }],
      [DunningPoliciesConsoleDocument, undefined],
      [DunningStagesDocument, { asOf: '2041-02-08' }],
      [DunningPreviewDocument, { on: '2041-02-15' }],
    ] as const) {
      const { body } = await api.request(document.toString(), variables);
      expect(body.errors).toBeUndefined();
    }
  });
});
