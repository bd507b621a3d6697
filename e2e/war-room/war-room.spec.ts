import { eq } from 'drizzle-orm';
import { incidents } from '../../db/schema';
import { makeAccount, makeProduct, makeSubscription } from '../../seed/factories';
import { expect, test } from '../fixtures/test';
import { WarRoomPage } from '../pages/war-room-page';

const SCREENSHOTS = '.test-output/war-room';

test('the war room shows a bill run started through the API progress live, without a reload', async ({
  page,
  db,
  makeSignedInUser,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const product = await makeProduct(db.db, {
    code: `WR-SEAT-${stamp}`,
    name: 'War room seat',
    kind: 'recurring',
    price: { currency: 'USD', model: 'per_unit', unitPrice: '10.00', effectiveFrom: '2026-01-01' },
  });
  const accountIds: string[] = [];
  for (let i = 0; i < 40; i += 1) {
    const account = await makeAccount(db.db, { externalId: `WR-${stamp}-${i}`, invoiceDelivery: 'none' });
    await makeSubscription(db.db, { accountId: account.id, productId: product.id, startDate: '2026-01-01' });
    accountIds.push(account.id);
  }
  await makeSignedInUser('billing');
  const warRoom = new WarRoomPage(page);
  await warRoom.open();
  await warRoom.markWindow();

  const response = await page.request.post('/api/graphql', {
    data: {
      query:
        'mutation($input: CreateBillRunInput!) { createBillRun(input: $input) { billRun { id } userErrors { message } } }',
      variables: { input: { periodStart: '2026-09-01', periodEnd: '2026-10-01', accountIds } },
    },
  });
  const created = (await response.json()) as { data: { createBillRun: { billRun: { id: string } } } };
  const runId = created.data.createBillRun.billRun.id;

  // The run shows up on the open page, then its progress reaches every account.
  const run = warRoom.billRun(runId);
  await expect(run).toBeVisible({ timeout: 15_000 });
  await expect(run.getByTestId('war-room-run-progress')).toHaveText('40 of 40', { timeout: 90_000 });
  await expect(run).toContainText('40 invoices');
  await expect(run).toContainText('Completed');
  expect(await warRoom.isSameWindow()).toBe(true);
  await page.screenshot({ path: `${SCREENSHOTS}/bill-run.png`, fullPage: true });
});

test('a program user opens an incident, is reminded of an overdue update, posts one, sets a component state; a viewer only reads', async ({
  page,
  db,
  browser,
  makeSignedInUser,
}) => {
  const stamp = Date.now();
  const title = `Invoice emails bouncing ${stamp}`;
  await makeSignedInUser('program');
  const warRoom = new WarRoomPage(page);
  await warRoom.open();
  await warRoom.openIncident({
    title,
    severity: 'Sev 2',
    component: 'Invoice delivery',
    summary: 'A third of wave 1 emails bounce.',
  });
  const incident = warRoom.incident(title);
  await expect(incident).toContainText('Investigating');
  await expect(incident).toContainText('A third of wave 1 emails bounce.');

  // Its last update falls behind the 30-minute cadence: the reminder shows on the next poll.
  await db.db
    .update(incidents)
    .set({ lastUpdateAt: new Date(Date.now() - 31 * 60_000) })
    .where(eq(incidents.title, title));
  await expect(incident.getByText('Update overdue')).toBeVisible({ timeout: 15_000 });
  await page.screenshot({ path: `${SCREENSHOTS}/overdue.png`, fullPage: true });

  await warRoom.postIncidentUpdate(title, 'Identified', 'SPF record missing on the new sender domain.');
  await expect(incident).toContainText('Identified: SPF record missing on the new sender domain.');
  await expect(incident.getByText('Update overdue')).toHaveCount(0);
  await warRoom.setComponentState('Integrations', 'Degraded', `CRM sync lagging ${stamp}`);
  await expect(warRoom.component('integrations')).toContainText('Degraded');
  await expect(warRoom.component('integrations')).toContainText(`CRM sync lagging ${stamp}`);
  await warRoom.postStatusUpdate(`Wave 1 live; email incident identified (${stamp}).`);
  await expect(page.getByTestId('war-room-status-update')).toContainText(`(${stamp})`);
  await page.screenshot({ path: `${SCREENSHOTS}/incident.png`, fullPage: true });

  const viewerContext = await browser.newContext();
  const viewerPage = await viewerContext.newPage();
  await makeSignedInUser('viewer', viewerPage);
  const viewerRoom = new WarRoomPage(viewerPage);
  await viewerRoom.open();
  await expect(viewerRoom.incident(title)).toBeVisible();
  await expect(viewerPage.getByRole('button', { name: 'Open incident' })).toHaveCount(0);
  await expect(viewerPage.getByRole('button', { name: 'Post update' })).toHaveCount(0);
  await expect(viewerPage.getByRole('button', { name: 'Set state' })).toHaveCount(0);
  await viewerPage.screenshot({ path: `${SCREENSHOTS}/viewer.png`, fullPage: true });
  await viewerContext.close();
  // Back to its check for the next run.
  await warRoom.setComponentState('Integrations', 'From its check', '');
  await expect(warRoom.component('integrations')).not.toContainText(`CRM sync lagging ${stamp}`);
});
