import { eq } from 'drizzle-orm';
import { billRuns } from '../../db/schema';
import { runDraftChecks } from '../../lib/autopilot/run-draft-checks';
import { makeAccount, makeBillRun, makeInvoice } from '../../seed/factories';
import { expect, test } from '../fixtures/test';
import { DraftReviewPage } from '../pages/draft-review-page';
import { InvoicePage } from '../pages/invoice-page';

test('billing sees a held draft with its reasons, compares it with last month, approves it and the email is in the outbox', async ({
  page,
  db,
  makeSignedInUser,
}) => {
  const stamp = Date.now();
  const account = await makeAccount(db.db, {
    externalId: `REV-${stamp}`,
    name: `Review Co ${stamp}`,
    billingEmail: `ap-${stamp}@example.com`,
  });
  // Last month's invoice, finalized: 400.00 of seats.
  await makeInvoice(db.db, {
    accountId: account.id,
    periodStart: '2026-09-01',
    periodEnd: '2026-10-01',
    issueDate: '2026-10-01',
    lines: [{ description: 'Seats', amount: '400.00' }],
  });
  // This month's draft in a bill run: seats more than doubled.
  const run = await makeBillRun(db.db, {
    periodStart: '2026-10-01',
    periodEnd: '2026-11-01',
    accountIds: [account.id],
  });
  await db.db.update(billRuns).set({ issueDate: '2026-11-01' }).where(eq(billRuns.id, run.id));
  const draft = await makeInvoice(db.db, {
    accountId: account.id,
    billRunId: run.id,
    periodStart: '2026-10-01',
    periodEnd: '2026-11-01',
    status: 'draft',
    number: null,
    issueDate: null,
    dueDate: null,
    finalizedAt: null,
    lines: [{ description: 'Seats', amount: '900.00' }],
  });
  await runDraftChecks(db.db, run.id);
  await makeSignedInUser('billing');

  const review = new DraftReviewPage(page);
  await review.open(run.id);
  await expect(review.row(account.name)).toContainText('Needs review');
  await expect(review.row(account.name)).toContainText(
    /Total 900\.00 USD is 125 % \(500\.00 USD\) above the previous invoice/,
  );

  await review.openDraft(account.name);
  await expect(review.comparedLine('Seats')).toContainText('400.00');
  await expect(review.comparedLine('Seats')).toContainText('900.00');
  await expect(review.comparedLine('Seats')).toContainText('+500.00');

  await review.approve('Customer added 25 seats in October');
  await expect(review.row(account.name)).toHaveCount(0); // no longer waiting

  const invoicePage = new InvoicePage(page);
  await invoicePage.open(draft.id);
  await expect(invoicePage.title).toHaveText(/^Invoice INV-\d{6}$/);
  await expect(invoicePage.emails).toContainText(`ap-${stamp}@example.com`);
  // The server's job worker sends it; without SMTP_URL the customer's email lands in the outbox.
  await expect(async () => {
    await page.reload();
    await expect(invoicePage.emails).toContainText('(outbox)', { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
});
