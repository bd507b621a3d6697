import { makeAccount, makeInvoice } from '../../seed/factories';
import { expect, test } from '../fixtures/test';
import { InvoicePage } from '../pages/invoice-page';

test('billing credits part of an invoice, emails it, voids another, and discards a draft', async ({
  page,
  db,
  makeSignedInUser,
}) => {
  const stamp = Date.now();
  const account = await makeAccount(db.db, {
    externalId: `ACT-${stamp}`,
    name: `Invoice Actions Co ${stamp}`,
    billingEmail: `ap-${stamp}@example.com`,
  });
  const invoice = await makeInvoice(db.db, {
    accountId: account.id,
    issueDate: '2026-11-01',
    lines: [
      { description: 'Installation', amount: '150.00' },
      { description: 'Training day', amount: '90.00' },
    ],
  });
  const wrong = await makeInvoice(db.db, { accountId: account.id, issueDate: '2026-10-01', total: '55.00' });
  const draft = await makeInvoice(db.db, {
    accountId: account.id,
    status: 'draft',
    number: null,
    issueDate: '2026-12-01',
  });
  await makeSignedInUser('billing');

  const invoicePage = new InvoicePage(page);
  await invoicePage.open(invoice.id);
  await expect(invoicePage.amountDue).toHaveText('USD 240.00');

  await invoicePage.creditLines('Training cancelled', { 'Training day': '90.00' });
  await expect(page.getByText('Training cancelled')).toBeVisible();
  await page.getByRole('link', { name: invoice.number ?? '' }).click();
  await expect(invoicePage.title).toHaveText(`Invoice ${invoice.number}`);
  await expect(invoicePage.amountDue).toHaveText('USD 150.00');

  await invoicePage.sendTo(`other-${stamp}@example.com`);
  await expect(invoicePage.emails).toContainText(`other-${stamp}@example.com`);

  // Credited in part, it can only be credited further, not voided.
  await expect(page.getByRole('button', { name: 'Void', exact: true })).toHaveCount(0);

  await invoicePage.open(wrong.id);
  await invoicePage.voidWithReason('Billed to the wrong entity');
  await expect(page.getByText(/Voided: Billed to the wrong entity/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Credit', exact: true })).toHaveCount(0);
  await expect(invoicePage.amountDue).toHaveCount(0);

  await invoicePage.open(draft.id);
  await expect(invoicePage.title).toHaveText('Invoice DRAFT');
  await invoicePage.discardDraft();
  await page.goto(`/invoices/${draft.id}`);
  await expect(page.getByRole('heading', { name: 'No such invoice' })).toBeVisible();
});
