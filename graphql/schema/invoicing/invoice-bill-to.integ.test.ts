import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateAccount } from '../../../lib/accounts/save-account';
import { systemActor } from '../../../lib/auth/actor';
import { processBillRun } from '../../../lib/invoicing/process-bill-run';
import {
  makeAccount,
  makeBillRun,
  makeInvoice,
  makeProduct,
  makeSubscription,
} from '../../../seed/factories';
import { setUpTestDatabase } from '../../../seed/set-up-test-database';
import { createLoaders } from '../../loaders';
import { createGraphQLServer } from '../../server';

/** The console's invoice page shows who an issued invoice is addressed to as it was printed. */
const database = setUpTestDatabase();
const server = createGraphQLServer();
beforeAll(() => server.start());
afterAll(() => server.stop());

async function billToOf(id: string) {
  const response = await server.executeOperation(
    {
      query:
        'query($id: ID!) { invoice(id: $id) { status account { name } billTo { name contactName externalId } } }',
      variables: { id },
    },
    { contextValue: { db: database.db, actor: systemActor('test'), loaders: createLoaders(database.db) } },
  );
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  expect(response.body.singleResult.errors).toBeUndefined();
  return response.body.singleResult.data?.invoice;
}

describe('Invoice.billTo', () => {
  it('is the finalized invoice’s own; a draft’s follows the account', async () => {
    const account = await makeAccount(database.db, { name: 'Blue Ridge Dental', contactName: 'Ana Ortiz' });
    const issued = await makeInvoice(database.db, { accountId: account.id });
    const product = await makeProduct(database.db, {
      price: { currency: 'USD', model: 'flat', amount: '50.00', effectiveFrom: '2026-01-01' },
    });
    await makeSubscription(database.db, { accountId: account.id, productId: product.id });
    const run = await makeBillRun(database.db, {
      periodStart: '2026-10-01',
      periodEnd: '2026-11-01',
      accountIds: [account.id],
    });
    await processBillRun(database.db, run.id);
    const draftId = (
      await database.db.query.invoices.findFirst({
        where: (invoices, { eq, and }) => and(eq(invoices.billRunId, run.id), eq(invoices.status, 'draft')),
      })
    )?.id;
    if (!draftId) throw new Error('the bill run made no draft');

    await updateAccount(database.ctx(), account.id, { name: 'Granite Holdings', contactName: 'Lee Park' });
    expect(await billToOf(issued.id)).toEqual({
      status: 'FINALIZED',
      account: { name: 'Granite Holdings' },
      billTo: { name: 'Blue Ridge Dental', contactName: 'Ana Ortiz', externalId: account.externalId },
    });
    expect(await billToOf(draftId)).toMatchObject({
      status: 'DRAFT',
      billTo: { name: 'Granite Holdings', contactName: 'Lee Park' },
    });
  });
});
