import { describe, expect, it } from 'vitest';
import { processBillRun } from '../lib/invoicing/process-bill-run';
import { makeAccount, makeBillRun, makeProduct, makeSubscription } from '../seed/factories';
import { signedInGraphQL } from './testing/signed-in-graphql';

/** "Finalize and send every clean draft" of a run, over the API, as billing staff do it. */
const wire = signedInGraphQL('billing');

const FINALIZE = `mutation($id: ID!) {
  finalizeCleanDrafts(billRunId: $id) {
    finalized
    billRun { draftsFinalized checkedAt draftReviewCounts { state count } emailCounts { status count } }
    userErrors { code field message }
  }
}`;

interface Payload {
  finalized: number;
  billRun: {
    draftsFinalized: number;
    checkedAt: string | null;
    draftReviewCounts: { state: string; count: number }[];
    emailCounts: { status: string; count: number }[];
  } | null;
  userErrors: { code: string; field: string[]; message: string }[];
}

async function finalize(id: string): Promise<Payload> {
  const { body } = await wire.request<{ finalizeCleanDrafts: Payload }>(FINALIZE, { id });
  expect(body.errors).toBeUndefined();
  return body.data?.finalizeCleanDrafts as Payload;
}

describe('finalizing a run’s clean drafts', () => {
  it('checks the drafts, finalizes the clean ones once and leaves the held ones for review', async () => {
    const seat = await makeProduct(wire.db, {
      price: { currency: 'USD', model: 'per_unit', unitPrice: '15.00', effectiveFrom: '2026-01-01' },
    });
    const accountIds: string[] = [];
    for (const billingEmail of ['one@bulk.example', 'two@bulk.example', null]) {
      const account = await makeAccount(wire.db, { billingEmail });
      await makeSubscription(wire.db, { accountId: account.id, productId: seat.id });
      accountIds.push(account.id);
    }
    const run = await makeBillRun(wire.db, {
      periodStart: '2026-10-01',
      periodEnd: '2026-11-01',
      accountIds,
    });
    expect((await finalize(run.id)).userErrors).toEqual([
      {
        code: 'INVALID_STATE',
        field: ['billRunId'],
        message: 'The run is still billing: finalize its drafts when it is done.',
      },
    ]);
    await processBillRun(wire.db, run.id);

    // Every account's first invoice is held by default: make it a warning, as for migrated accounts.
    await wire.request(
      `mutation { updateDraftCheckSetting(input: { code: "FIRST_INVOICE", severity: WARNING }) { userErrors { code } } }`,
    );
    const first = await finalize(run.id);
    expect(first).toMatchObject({ finalized: 2, userErrors: [] });
    expect(first.billRun?.checkedAt).not.toBeNull();
    expect(first.billRun?.draftsFinalized).toBe(2);
    expect(first.billRun?.draftReviewCounts).toHaveLength(2);
    expect(first.billRun?.draftReviewCounts).toEqual(
      expect.arrayContaining([
        { state: 'NEEDS_REVIEW', count: 1 },
        { state: 'APPROVED', count: 2 },
      ]),
    );
    expect(first.billRun?.emailCounts).toEqual([{ status: 'QUEUED', count: 2 }]);

    const again = await finalize(run.id);
    expect(again).toMatchObject({ finalized: 0, userErrors: [], billRun: { draftsFinalized: 2 } });
  });

  it('refuses an unknown run', async () => {
    expect((await finalize('00000000-0000-4000-8000-000000000000')).userErrors).toEqual([
      { code: 'NOT_FOUND', field: ['billRunId'], message: 'No such bill run.' },
    ]);
    expect((await finalize('nope')).userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
  });
});
