import { expect, test } from '../fixtures/test';

test('a graduated price previews live as tiers are typed, and the product is created with it', async ({
  page,
  makeSignedInUser,
}) => {
  await makeSignedInUser('billing');
  await page.goto('/catalog');
  await page.getByRole('button', { name: 'New product' }).click();
  const form = page.getByRole('form', { name: 'New product' });
  const code = `SMS-${Date.now()}`;
  await form.getByLabel('Code').fill(code);
  await form.getByLabel('Name').fill('Text messages (tiered)');
  await form.getByLabel('Kind').selectOption('USAGE');
  await form.getByLabel('Counts').selectOption('SMS');
  await form.getByLabel('Pricing').selectOption('GRADUATED');
  await form.getByLabel('Tier 1 up to').fill('1000');
  await form.getByLabel('Tier 1 unit price').fill('0.0100');
  await form.getByLabel('Tier 2 unit price').fill('0.0080');
  await form.getByLabel('Preview a quantity').fill('3103');
  // 1,000 × 0.01 + 2,103 × 0.008 = 26.824 → 26.82 (the legacy sample's SMS line)
  await expect(form.getByTestId('price-preview-total')).toHaveText('USD 26.82');
  await form.getByRole('button', { name: 'Create product' }).click();
  await expect(page.getByRole('link', { name: code })).toBeVisible();
  await page.getByRole('link', { name: code }).click();
  await expect(
    page.getByRole('cell', { name: /graduated: up to 1000 at 0\.0100 · above at 0\.0080/ }),
  ).toBeVisible();
});
