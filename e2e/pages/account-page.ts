import { expect, type Page } from '@playwright/test';

/** /accounts and one account's page. */
export class AccountPage {
  constructor(private readonly page: Page) {}

  async openList() {
    await this.page.goto('/accounts');
    await expect(this.page.getByRole('heading', { name: 'Accounts', exact: true, level: 1 })).toBeVisible();
  }

  async createAccount(fields: {
    name: string;
    externalId: string;
    billingEmail: string;
    paymentTermsDays: string;
  }) {
    await this.page.getByRole('button', { name: 'New account' }).click();
    const form = this.page.getByRole('form', { name: 'Create account' });
    await form.getByLabel('Name').fill(fields.name);
    await form.getByLabel('Account number').fill(fields.externalId);
    await form.getByLabel('Billing email').fill(fields.billingEmail);
    await form.getByLabel('Payment terms').fill(fields.paymentTermsDays);
    await form.getByRole('button', { name: 'Create account' }).click();
    await this.page.waitForURL(/\/accounts\/[0-9a-f-]+$/);
    await expect(this.page.getByRole('heading', { name: fields.name })).toBeVisible();
  }

  async search(text: string) {
    await this.page.getByLabel('Search accounts').fill(text);
  }

  get list() {
    return this.page.getByTestId('accounts-list');
  }

  /** The accounts list's row of one account (search for it first: the list shows a page). */
  listRow(externalId: string) {
    return this.list
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name: externalId, exact: true }) });
  }

  /**
   * Edits the open account's parent with the keyboard, as a fast typist would: the account
   * number, then Enter on the first match; `null` clears it. Saves and waits for the details.
   */
  async changeParent(parent: { externalId: string; label: string } | null) {
    await this.page.getByRole('button', { name: 'Edit', exact: true }).click();
    const form = this.page.getByRole('form', { name: 'Save account' });
    const combobox = form.getByRole('combobox', { name: 'Parent account' });
    if (parent) {
      await combobox.fill(parent.externalId);
      await expect(form.getByRole('option', { name: parent.label, exact: true })).toHaveAttribute(
        'aria-selected',
        'true',
      );
      await combobox.press('Enter');
      await expect(combobox).toHaveValue(parent.label);
    } else {
      await form.getByRole('button', { name: 'Clear parent account' }).click();
      await expect(combobox).toHaveValue('');
    }
    await form.getByRole('button', { name: 'Save account' }).click();
    await expect(form).toBeHidden();
  }

  /** What the account page says about the parent account. */
  get parentDetail() {
    return this.page.locator('div:has(> dt:text-is("Parent account")) > dd');
  }

  async addSubscription(product: string, quantity: string, startDate: string) {
    await this.page.getByRole('button', { name: 'Add subscription' }).click();
    const form = this.page.getByRole('form', { name: 'Add a subscription' });
    await form.getByLabel('Product').selectOption({ label: product });
    await form.getByLabel('Quantity').fill(quantity);
    await form.getByLabel('Start date').fill(startDate);
    await form.getByRole('button', { name: 'Add subscription' }).click();
    await expect(form).toBeHidden();
  }

  /** Adds a person who may sign in to the customer portal, on the account's Portal contacts card. */
  async addPortalContact(email: string, name: string) {
    await this.page.getByRole('button', { name: 'Add contact' }).click();
    const form = this.page.getByRole('form', { name: 'Add a portal contact' });
    // Scoped to the form: getByLabel matches substrings, and the page has a "Billing email" too.
    await form.getByLabel('Email').fill(email);
    await form.getByLabel('Name').fill(name);
    await form.getByRole('button', { name: 'Add contact' }).click();
    await expect(form).toBeHidden();
  }

  /** Removes a portal contact, accepting the confirmation. */
  async removePortalContact(email: string) {
    this.page.once('dialog', (dialog) => void dialog.accept());
    await this.page.getByRole('button', { name: `Remove ${email}`, exact: true }).click();
    await expect(this.page.getByText(email, { exact: true })).toBeHidden();
  }

  get portalContacts() {
    return this.page.getByTestId('portal-contacts');
  }

  get subscriptions() {
    return this.page.getByTestId('subscriptions');
  }

  get balance() {
    return this.page.getByTestId('account-balance');
  }

  /** Records a payment that pays the oldest open invoices first. */
  async recordPayment(amount: string, reference: string) {
    await this.page.getByLabel('Payment amount').fill(amount);
    await this.page.getByLabel('Reference (check number, bank reference)').fill(reference);
    await this.page.getByRole('button', { name: 'Record payment' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: 'Recorded' })).toBeVisible();
  }
}
