import { makeProduct } from '../../db/seed/factories';
import { expect, test } from '../fixtures/test';
import { AccountPage } from '../pages/account-page';

test('billing creates an account, finds it in the list, and subscribes it to a product', async ({
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
