import { expect, type Page } from '@playwright/test';
import { pickAccount } from './account-picker';

export class UsagePage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto('/usage');
    await expect(this.page.getByRole('heading', { name: 'Usage', exact: true })).toBeVisible();
  }

  /** Uploads a CSV and returns once the report is shown; `sawProgress` says whether the bar appeared. */
  async upload(name: string, csv: string): Promise<{ sawProgress: boolean }> {
    await this.page
      .getByLabel('Usage file')
      .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const progress = this.page.getByRole('progressbar', { name: 'Upload progress' });
    const sawProgress = progress.waitFor({ state: 'visible', timeout: 15_000 }).then(
      () => true,
      () => false,
    );
    await this.page.getByRole('button', { name: 'Upload' }).click();
    await expect(this.report).toBeVisible({ timeout: 60_000 });
    return { sawProgress: await sawProgress };
  }

  get report() {
    return this.page.getByTestId('ingestion-report');
  }

  reportValue(label: string) {
    return this.report.locator('div', { has: this.page.getByText(label, { exact: true }) }).locator('dd');
  }

  async showAccount(label: string, month: string) {
    await pickAccount(this.page, 'Account', label);
    await this.page.getByLabel('Month').fill(month);
  }

  get accountUsage() {
    return this.page.getByTestId('account-usage');
  }
}
