import type { Page } from '@playwright/test';
import { makeAccount, makeAccountContact, makeProduct } from '../../db/seed/factories';
import { expect, test } from '../fixtures/test';
import { AccountPage } from '../pages/account-page';

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
    '2026-11-01',
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
