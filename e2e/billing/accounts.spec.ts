import type { Page } from '@playwright/test';
import { accounts as accountsTable } from '../../db/schema';
import { makeAccount, makeAccountContact, makeInvoice, makePayment, makeProduct } from '../../seed/factories';
import { expect, test } from '../fixtures/test';
import { AccountPage } from '../pages/account-page';
import { pickAccount } from '../pages/account-picker';

test('billing creates an account, finds it in the list, subscribes it to a product and adds a portal contact', async ({
  page,
  db,
  makeSignedInUser,
}) => {
  const stamp = Date.now();
  await makeProduct(db.db, {
    code: `LINE-${stamp}`,
    name: 'Business line',
    kind: 'recurring',
    price: { currency: 'USD', model: 'per_unit', unitPrice: '19.50', effectiveFrom: '2026-01-01' },
  });
  await makeSignedInUser('billing');

  const accounts = new AccountPage(page);
  await accounts.openList();
  await accounts.createAccount({
    name: `Console Created ${stamp}`,
    externalId: `NEW-${stamp}`,
    billingEmail: `billing-${stamp}@example.com`,
    paymentTermsDays: '15',
  });
  await expect(page.getByText('Net 15')).toBeVisible();

  const contactEmail = `ap-${stamp}@console-created.example`;
  await accounts.addPortalContact(contactEmail, 'Casey Payable');
  const contact = accounts.portalContacts.getByRole('row', { name: /Casey Payable/ });
  await expect(contact).toContainText(contactEmail);
  await expect(contact).toContainText('not yet signed in');

  await accounts.addSubscription(`LINE-${stamp} · Business line`, '3', '2026-11-01');
  await expect(accounts.subscriptions.getByRole('row', { name: /Business line/ })).toContainText(
    'Nov 1, 2026',
  );
  await expect(accounts.subscriptions.getByRole('row', { name: /Business line/ })).toContainText('3');

  await accounts.openList();
  await accounts.search(`NEW-${stamp}`);
  await expect(accounts.list.getByRole('row')).toHaveCount(2);
  await expect(accounts.list).toContainText(`Console Created ${stamp}`);
});

test('a viewer sees accounts but not the buttons that change them', async ({ page, makeSignedInUser }) => {
  await makeSignedInUser('viewer');
  const accounts = new AccountPage(page);
  await accounts.openList();
  await expect(page.getByRole('button', { name: 'New account' })).toHaveCount(0);
});

test('billing removes a portal contact after confirming; a viewer sees contacts but cannot change them', async ({
  page,
  db,
  makeSignedInUser,
}) => {
  const stamp = Date.now();
  const account = await makeAccount(db.db, { name: `Contacts Kept ${stamp}` });
  const email = `leaving-${stamp}@contacts-kept.example`;
  await makeAccountContact(db.db, { accountId: account.id, email, name: 'Lee Leaving' });

  await makeSignedInUser('viewer');
  await page.goto(`/accounts/${account.id}`);
  await expect(accounts(page).portalContacts.getByRole('row', { name: /Lee Leaving/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add contact' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: `Remove ${email}` })).toHaveCount(0);

  await makeSignedInUser('billing');
  await page.goto(`/accounts/${account.id}`);
  await accounts(page).removePortalContact(email);
  await expect(page.getByText('No contacts yet')).toBeVisible();
});

const accounts = (page: Page) => new AccountPage(page);

test('billing finds an account beyond the first two hundred in the pickers, and sees balances in the list', async ({
  page,
  db,
  makeSignedInUser,
}) => {
  const stamp = Date.now();
  // The oldest of 212 accounts: the list is newest first, so the old 200-account dropdowns missed it.
  const parent = await makeAccount(db.db, { externalId: `OLD-${stamp}`, name: 'Old Parent Co' });
  const invoice = await makeInvoice(db.db, { accountId: parent.id, total: '1250.00' });
  await makePayment(db.db, { accountId: parent.id, amount: '250.25', allocations: [] });
  await makeInvoice(db.db, {
    accountId: parent.id,
    kind: 'credit_note',
    total: '10.10',
    creditedInvoiceId: invoice.id,
    issueDate: '2026-01-10',
  });
  await db.db.insert(accountsTable).values(
    Array.from({ length: 210 }, (_, i) => ({
      externalId: `FILL-${stamp}-${String(i).padStart(3, '0')}`,
      name: `Filler ${i}`,
      currency: 'USD',
    })),
  );
  const child = await makeAccount(db.db, { externalId: `KID-${stamp}`, name: 'Child Co' });
  await makeSignedInUser('billing');

  const accounts = new AccountPage(page);
  await accounts.openList();
  await accounts.search(`OLD-${stamp}`);
  // 1,250.00 invoiced − 10.10 credited − 250.25 paid.
  await expect(accounts.listRow(`OLD-${stamp}`)).toContainText('USD 989.65');

  const parentLabel = `OLD-${stamp} · Old Parent Co`;
  await page.goto(`/accounts/${child.id}`);
  await accounts.changeParent({ externalId: `OLD-${stamp}`, label: parentLabel });
  await expect(accounts.parentDetail).toContainText(`OLD-${stamp}`);
  await accounts.changeParent(null);
  await expect(accounts.parentDetail).toHaveText('—');

  await page.goto('/receivables');
  await pickAccount(page, 'Account', parentLabel);
  await expect(page.getByText('Amount (USD)', { exact: true })).toBeVisible();
});
