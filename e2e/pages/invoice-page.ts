import { expect, type Page } from '@playwright/test';

/** One invoice: its header, amounts and the actions on it. */
export class InvoicePage {
  constructor(private readonly page: Page) {}

  get title() {
    return this.page.getByTestId('invoice-number');
  }

  get amountDue() {
    return this.page.getByTestId('amount-due');
  }

  /** Downloads the PDF through the link and returns its bytes. */
  async downloadPdf(): Promise<Buffer> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('link', { name: 'Download PDF' }).click();
    const stream = await (await download).createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  /** The unit price cell of the charge line of a product. */
  unitPriceOf(productCode: string) {
    return this.page.getByRole('row').filter({ hasText: productCode }).getByRole('cell').nth(3);
  }

  /** The value of one of the invoice's details, e.g. `detail('Issued')`. */
  detail(label: 'Issued' | 'Due') {
    return this.page
      .locator('dt', { hasText: new RegExp(`^${label}$`) })
      .locator('xpath=following-sibling::dd[1]');
  }

  /** Finalizes the draft with this issue date, or the one the form offers (its bill run's, else today). */
  async finalize(issueDate?: string) {
    await this.page.getByRole('button', { name: 'Finalize', exact: true }).click();
    const form = this.page.getByRole('form', { name: 'Finalize the invoice' });
    if (issueDate) await form.getByLabel('Issue date').fill(issueDate);
    await form.getByRole('button', { name: 'Finalize' }).click();
    await expect(form).toBeHidden();
  }

  async openAccount() {
    await this.page.getByRole('link', { name: /·/ }).first().click();
    await this.page.waitForURL(/\/accounts\/[0-9a-f-]+$/);
  }

  async open(id: string) {
    await this.page.goto(`/invoices/${id}`);
    await expect(this.title).toBeVisible();
  }

  /** Credits chosen amounts of lines (by description) and lands on the credit note. */
  async creditLines(reason: string, amounts: Record<string, string>) {
    await this.page.getByRole('button', { name: 'Credit', exact: true }).click();
    const form = this.page.getByRole('form', { name: 'Credit the invoice' });
    await form.getByLabel('Reason').fill(reason);
    await form.getByLabel('Amounts per line').check();
    for (const [description, amount] of Object.entries(amounts)) {
      await form.getByLabel(`Credit on ${description}`).fill(amount);
    }
    await form.getByRole('button', { name: 'Issue credit note' }).click();
    await expect(this.title).toHaveText(/^Credit note CN-/);
  }

  async sendTo(address: string) {
    await this.page.getByRole('button', { name: 'Send by email' }).click();
    const form = this.page.getByRole('form', { name: 'Send by email' });
    await form.getByLabel('To').fill(address);
    await form.getByRole('button', { name: 'Send' }).click();
    await expect(form).toBeHidden();
  }

  async voidWithReason(reason: string) {
    await this.page.getByRole('button', { name: 'Void', exact: true }).click();
    const form = this.page.getByRole('form', { name: 'Void the invoice' });
    await form.getByLabel('Reason').fill(reason);
    await form.getByRole('button', { name: 'Void invoice' }).click();
    await expect(form).toBeHidden();
  }

  async discardDraft() {
    await this.page.getByRole('button', { name: 'Discard draft' }).click();
    await this.page
      .getByRole('form', { name: 'Discard the draft' })
      .getByRole('button', { name: 'Discard draft' })
      .click();
    await this.page.waitForURL(/\/accounts\/[0-9a-f-]+$/);
  }

  get emails() {
    return this.page.getByTestId('invoice-emails');
  }

  /** Records a payment applied to this invoice. */
  async recordPayment(amount: string) {
    await this.page.getByRole('button', { name: 'Record payment' }).first().click();
    const form = this.page.getByRole('group', { name: 'Record a payment' });
    await form.getByLabel('Payment amount').fill(amount);
    await form.getByRole('button', { name: 'Record payment' }).click();
    await expect(form).toBeHidden();
  }
}
