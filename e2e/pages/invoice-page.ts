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

  async finalize(issueDate: string) {
    await this.page.getByRole('button', { name: 'Finalize', exact: true }).click();
    const form = this.page.getByRole('form', { name: 'Finalize the invoice' });
    await form.getByLabel('Issue date').fill(issueDate);
    await form.getByRole('button', { name: 'Finalize' }).click();
    await expect(form).toBeHidden();
  }

  async openAccount() {
    await this.page.getByRole('link', { name: /·/ }).first().click();
    await this.page.waitForURL(/\/accounts\/[0-9a-f-]+$/);
  }
}
