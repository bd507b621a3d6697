import { expect, type Page } from '@playwright/test';

/** Receivables → Dunning policies, and the Dunning card of an account's page. */
export class DunningPage {
  constructor(private readonly page: Page) {}

  async openPolicies() {
    await this.page.goto('/receivables/dunning-policies');
    await expect(this.page.getByRole('heading', { name: 'Dunning policies', level: 1 })).toBeVisible();
  }

  get editor() {
    return this.page.getByRole('region', { name: 'Dunning policy editor' });
  }

  /** The card of a saved policy. */
  policy(name: string) {
    return this.page.getByRole('region', { name, exact: true });
  }

  /** Starts a new policy with this name; steps are added with addStep, then saved. */
  async startPolicy(name: string) {
    await this.page.getByRole('button', { name: 'New policy' }).click();
    await this.editor.getByLabel('Name', { exact: true }).fill(name);
  }

  /** Adds a step: its day, action label, and the template it sends by email (and portal when asked). */
  async addStep(step: { days: string; action: string; template?: string; portal?: boolean }) {
    await this.editor.getByRole('button', { name: 'Add a step' }).click();
    const index = (await this.editor.getByLabel('Days after due').count()) - 1;
    await this.editor.getByLabel('Days after due').nth(index).fill(step.days);
    await this.editor.getByLabel('Action', { exact: true }).nth(index).selectOption({ label: step.action });
    if (step.template) {
      await this.editor.getByLabel('Message template').nth(index).selectOption({ label: step.template });
      await this.editor.getByLabel('Email', { exact: true }).nth(index).check();
      if (step.portal) await this.editor.getByLabel('Portal notice', { exact: true }).nth(index).check();
    }
  }

  async savePolicy() {
    await this.editor.getByRole('button', { name: 'Save policy' }).click();
  }

  /** The Dunning card of the account page open in the browser. */
  get accountCard() {
    return this.page.getByRole('region', { name: 'Dunning', exact: true });
  }

  async assignPolicy(name: string) {
    await this.accountCard.getByLabel('Policy').selectOption({ label: name });
  }

  async pause(until: string, reason: string) {
    await this.accountCard.getByLabel('Pause until').fill(until);
    await this.accountCard.getByLabel('Reason').fill(reason);
    await this.accountCard.getByRole('button', { name: 'Pause dunning' }).click();
  }

  async resume() {
    await this.accountCard.getByRole('button', { name: 'Resume dunning' }).click();
  }
}
