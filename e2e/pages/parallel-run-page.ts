import { expect, type Page } from '@playwright/test';

/** /migration/parallel-runs/[id]: the reconciliation dashboard. */
export class ParallelRunPage {
  constructor(private readonly page: Page) {}

  stat(testId: 'accuracy' | 'matching' | 'arpu' | 'arpu-preservation' | 'total-difference' | 'leakage') {
    return this.page.getByTestId(`stat-${testId}`).locator('dd').first();
  }

  get accounts() {
    return this.page.getByTestId('reconciled-accounts');
  }

  async filterByStatus(label: string) {
    await this.page.getByRole('combobox', { name: 'Status' }).selectOption({ label });
  }

  async openAccount(legacyAccountId: string) {
    await this.accounts.getByRole('button', { name: legacyAccountId, exact: true }).click();
    await expect(this.page.getByTestId('comparison-title')).toContainText(legacyAccountId);
    await expect(this.comparison).toBeVisible();
  }

  get comparison() {
    return this.page.getByTestId('account-comparison');
  }

  get differingLines() {
    return this.page.getByTestId('side-by-side').locator('tr[data-differs="true"]');
  }

  get review() {
    return this.page.getByRole('form', { name: 'Review' });
  }

  async confirmCause(comment: string, cause?: string) {
    if (cause) await this.review.getByRole('combobox', { name: 'Cause' }).selectOption({ value: cause });
    await this.review.getByRole('textbox', { name: 'Comment' }).fill(comment);
    await this.review.getByRole('button', { name: 'Confirm cause' }).click();
    await expect(this.review.getByRole('status')).toContainText('Cause confirmed');
  }

  async markDefectWithoutComment() {
    await this.review.getByRole('textbox', { name: 'Comment' }).fill('');
    await this.review.getByRole('button', { name: 'Mark as defect' }).click();
  }

  /** The bulk action: every open variance of a cause (e.g. RATE) confirmed at once. */
  async confirmAllOfCause(cause: string) {
    await this.page.getByRole('combobox', { name: 'Cause to confirm' }).selectOption({ value: cause });
    await this.page.getByRole('button', { name: /^Confirm all \d+/ }).click();
    await expect(this.page.getByRole('status').filter({ hasText: 'variances confirmed' })).toBeVisible();
  }

  get openByCause() {
    return this.page.getByTestId('open-by-cause');
  }

  /** Run history: compares this run with another run of the import (the first other run listed). */
  async compareWithOtherRun() {
    await this.page.getByRole('combobox', { name: 'Compare with run' }).selectOption({ index: 1 });
    await expect(this.runChanges).toBeVisible();
  }

  get runChanges() {
    return this.page.getByTestId('run-changes');
  }
}
