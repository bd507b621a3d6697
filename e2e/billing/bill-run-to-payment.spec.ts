import { makeAccount, makeProduct, makeSubscription } from '../../seed/factories';
import { expect, test } from '../fixtures/test';
import { AccountPage } from '../pages/account-page';
import { BillRunsPage } from '../pages/bill-runs-page';
import { InvoicePage } from '../pages/invoice-page';
import { pdfText } from '../pdf-text';

test('billing runs a bill run, watches it finish, finalizes an invoice from its PDF, and records its payment', async ({
  page,
  db,
  makeSignedInUser,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  // Two seats at 40.00 for all of November: 80.00, no tax region so no tax.
  const product = await makeProduct(db.db, {
    code: `SEAT-${stamp}`,
    name: 'Hosted seat',
    kind: 'recurring',
    price: { currency: 'USD', model: 'per_unit', unitPrice: '40.00', effectiveFrom: '2026-01-01' },
  });
  const account = await makeAccount(db.db, {
    externalId: `BILL-${stamp}`,
    name: `Bill Run Test Co ${stamp}`,
    paymentTermsDays: 30,
    invoiceDelivery: 'none',
  });
  await makeSubscription(db.db, {
    accountId: account.id,
    productId: product.id,
    quantity: '2',
    startDate: '2026-01-01',
  });
  await makeSignedInUser('billing');

  const billRuns = new BillRunsPage(page);
  await billRuns.open();
  await billRuns.startBillRun('2026-11-01', '2026-12-01', '2026-12-02');
  await expect(billRuns.issueDate).toHaveText('Invoices issued Dec 2, 2026.');
  // The page polls for progress; a full reload would drop this marker.
  await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));
  await billRuns.waitUntilCompleted();
  expect(await page.evaluate(() => 'stillTheSamePage' in window)).toBe(true);
  const total = await billRuns.counter('Accounts').textContent();
  await expect(billRuns.counter('Done')).toHaveText(total ?? '');
  await expect(billRuns.progressBar).toHaveAttribute('aria-valuenow', (total ?? '').replace(/,/g, ''));
  await expect(billRuns.counter('Failed')).toHaveText('0');

  await billRuns.openInvoiceOf(account.externalId);
  const invoice = new InvoicePage(page);
  await expect(invoice.title).toHaveText('Invoice DRAFT');
  await expect(page.getByText('USD 80.00').first()).toBeVisible();
  await expect(invoice.unitPriceOf(product.code)).toHaveText('40.00');

  const draftPdf = await invoice.downloadPdf();
  expect(draftPdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(await pdfText(draftPdf)).toContain(account.name);

  // Finalized with the date the run was started with: net 30 from it.
  await invoice.finalize();
  await expect(invoice.title).toHaveText(/^Invoice INV-\d+$/);
  await expect(invoice.detail('Issued')).toHaveText('Dec 2, 2026');
  await expect(invoice.detail('Due')).toHaveText('Jan 1, 2027');
  const number = (await invoice.title.textContent())?.replace('Invoice ', '') ?? '';
  await expect(invoice.amountDue).toHaveText('USD 80.00');
  expect(await pdfText(await invoice.downloadPdf())).toContain(number);

  const invoiceUrl = page.url();
  await invoice.openAccount();
  const accountPage = new AccountPage(page);
  await expect(accountPage.balance).toHaveText('USD 80.00');
  await accountPage.recordPayment('30.00', `CHK-${stamp}`);
  await expect(page.getByRole('status').filter({ hasText: 'Recorded' })).toContainText(
    `paid ${number} (USD 30.00)`,
  );
  await expect(accountPage.balance).toHaveText('USD 50.00');

  await page.goto(invoiceUrl);
  await expect(invoice.amountDue).toHaveText('USD 50.00');
  await expect(page.getByRole('row', { name: new RegExp(`CHK-${stamp}`) })).toContainText('30.00');

  // The rest, from the invoice itself: nothing is due and the action goes away.
  await invoice.recordPayment('50.00');
  await expect(invoice.amountDue).toHaveText('USD 0.00');
  await expect(page.getByRole('button', { name: 'Record payment' })).toHaveCount(0);
});
