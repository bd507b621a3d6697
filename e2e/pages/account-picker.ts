import { expect, type Page } from '@playwright/test';

/**
 * Chooses an account in a search-as-you-type account picker (the combobox labelled `field`):
 * types the account number from `label` ("ACC-1 · Acme") and clicks the matching option.
 */
export async function pickAccount(page: Page, field: string, label: string) {
  const [accountNumber = label] = label.split(' · ');
  const combobox = page.getByRole('combobox', { name: field, exact: true });
  await combobox.fill(accountNumber);
  await page.getByRole('option', { name: label, exact: true }).click();
  await expect(combobox).toHaveValue(label);
  await expect(combobox).toHaveAttribute('aria-expanded', 'false');
}
