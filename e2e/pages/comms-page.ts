import { expect, type Page } from '@playwright/test';

/** /comms: templates, audiences, campaigns and the outbox, as a project manager uses them. */
export class CommsPage {
  constructor(private readonly page: Page) {}

  /** Writes a template; the body ends with `variable` inserted from the variables list. */
  async writeTemplate(name: string, subject: string, body: string, variable: string) {
    await this.page.goto('/comms/templates');
    const form = this.page.getByRole('form', { name: 'New template' });
    // Not getByLabel('Name'): the "Insert {{accountName}}" buttons match it too once the variables load.
    await form.getByRole('textbox', { name: /^Name/ }).fill(name);
    await form.getByLabel('Subject').fill(subject);
    await form.getByLabel('Body').fill(body);
    await form.getByRole('button', { name: `Insert {{${variable}}}` }).click();
    await expect(form.getByLabel('Body')).toHaveValue(`${body}{{${variable}}}`);
    await form.getByRole('button', { name: 'Create template' }).click();
    return form;
  }

  /** On a template's page: saves the edit as the next version. */
  async reviseTemplate(subject: string) {
    const form = this.page.getByRole('form', { name: 'Edit the template' });
    await form.getByLabel('Subject').fill(subject);
    await form.getByRole('button', { name: /^Save as version/ }).click();
    await expect(this.page.getByRole('status')).toContainText('Saved as version');
  }

  async createFilterAudience(name: string, region: string) {
    await this.page.goto('/comms/audiences');
    const form = this.page.getByRole('form', { name: 'New audience' });
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Tax region').fill(region);
    await form.getByRole('button', { name: 'Create audience' }).click();
    return this.audience(name);
  }

  audience(name: string) {
    return this.page.getByRole('region', { name });
  }

  async createCampaign(name: string, template: string, audience: RegExp, channels: string[]) {
    await this.page.goto('/comms/campaigns/new');
    const form = this.page.getByRole('form', { name: 'New campaign' });
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Template').selectOption({ label: template });
    const audienceSelect = form.getByLabel('Audience');
    const option = audienceSelect.locator('option', { hasText: audience });
    await audienceSelect.selectOption((await option.getAttribute('value')) ?? '');
    for (const channel of ['Email', 'Portal notice', 'In-app notice']) {
      const box = form.getByRole('checkbox', { name: channel, exact: true });
      if (channels.includes(channel)) await box.check();
      else await box.uncheck();
    }
    await form.getByRole('button', { name: 'Create campaign' }).click();
    await expect(this.page).toHaveURL(/\/comms\/campaigns\/[0-9a-f-]{36}$/);
  }

  preview(accountName: string) {
    return this.page.getByRole('listitem', { name: `Preview for ${accountName}` });
  }

  get approval() {
    return this.page.getByTestId('approval');
  }

  async testSend(to: string) {
    const form = this.page.getByRole('form', { name: 'Test send' });
    await form.getByLabel('Send a test to').fill(to);
    await form.getByRole('button', { name: 'Send test' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: `Test sent to ${to}` })).toBeVisible();
  }

  deliveryCounts(channel: 'EMAIL' | 'PORTAL' | 'IN_APP') {
    return this.page.getByTestId(`counts-${channel}`);
  }

  async filterDeliveries(status: string) {
    await this.page.getByLabel('Delivery status').selectOption({ label: status });
  }

  deliveryRows() {
    return this.page.getByTestId('delivery-row');
  }

  async openOutbox() {
    await this.page.goto('/comms/outbox');
  }

  outboxRow(text: string) {
    return this.page.getByTestId('outbox-row').filter({ hasText: text });
  }
}
