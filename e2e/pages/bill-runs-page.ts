import { expect, type Page } from '@playwright/test';

/** /invoices (Bill runs tab) and a bill run's own page. */
export class BillRunsPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto('/invoices');
    await expect(this.page.getByRole('heading', { name: 'Invoices', exact: true, level: 1 })).toBeVisible();
  }

  /** Starts a bill run over [periodStart, periodEnd) (issued today unless told) and lands on its page. */
  async startBillRun(periodStart: string, periodEnd: string, issueDate?: string) {
    await this.page.getByRole('button', { name: 'New bill run' }).click();
    const form = this.page.getByRole('form', { name: 'New bill run' });
    await form.getByLabel('Period start').fill(periodStart);
    await form.getByLabel('Period end').fill(periodEnd);
    if (issueDate) await form.getByLabel('Issue date').fill(issueDate);
    await form.getByRole('button', { name: 'Start bill run' }).click();
    await this.page.waitForURL(/\/invoices\/bill-runs\/[0-9a-f-]+$/);
  }

  get progress() {
    return this.page.getByTestId('bill-run-progress');
  }

  /** What the run's page says its invoices are dated. */
  get issueDate() {
    return this.page.getByTestId('bill-run-issue-date');
  }

  get progressBar() {
    return this.page.getByRole('progressbar', { name: 'Bill run progress' });
  }

  counter(label: 'Accounts' | 'Done' | 'Invoices' | 'Failed') {
    return this.page.getByTestId(`counter-${label}`);
  }

  /** Waits (polling happens in the page, no reload) until the run says it completed. */
  async waitUntilCompleted() {
    await expect(this.page.getByText('Completed', { exact: true }).first()).toBeVisible({ timeout: 90_000 });
  }

  /**
   * Opens the draft the run made for an account. The results come a page at a time and other
   * specs leave many accounts behind, so it narrows them to the invoiced ones first, as a user would.
   */
  async openInvoiceOf(accountExternalId: string) {
    await this.page.getByRole('combobox', { name: 'Outcome' }).selectOption({ label: 'Invoiced' });
    const row = this.page
      .getByTestId('bill-run-results')
      .getByRole('row', { name: new RegExp(accountExternalId) });
    await row.getByRole('link', { name: 'DRAFT' }).click();
    await this.page.waitForURL(/\/invoices\/[0-9a-f-]+$/);
  }
}
