import type { Page } from '@playwright/test';

/** A bill run's review queue: held drafts, one opened beside its previous invoice, and the decisions. */
export class DraftReviewPage {
  constructor(private readonly page: Page) {}

  async open(billRunId: string) {
    await this.page.goto(`/invoices/bill-runs/${billRunId}/review`);
  }

  /** The queue's row of an account. */
  row(accountName: string) {
    return this.page.getByTestId('draft-review-row').filter({ hasText: accountName });
  }

  /** Opens a draft beside its previous invoice. */
  async openDraft(accountName: string) {
    await this.row(accountName).getByRole('button', { name: 'Open' }).click();
  }

  get comparison() {
    return this.page.getByRole('region', { name: 'Draft comparison' });
  }

  /** The compared line of a description: previous, draft and difference cells. */
  comparedLine(description: string) {
    return this.page.getByTestId('compared-line').filter({ hasText: description });
  }

  async approve(reason: string) {
    await this.decide('Approve and send', reason);
  }

  async hold(reason: string) {
    await this.decide('Hold', reason);
  }

  private async decide(button: string, reason: string) {
    const form = this.page.getByRole('form', { name: 'Decide on the draft' });
    await form.getByLabel(/^Reason/).fill(reason);
    await form.getByRole('button', { name: button, exact: true }).click();
  }
}
