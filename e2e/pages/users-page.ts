import { expect, type Page } from '@playwright/test';

export class UsersPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto('/settings/users');
    await expect(this.page.getByRole('heading', { name: 'Users', exact: true })).toBeVisible();
  }

  async add(user: { email: string; name: string; role: string; password: string }) {
    const form = this.page.getByRole('form', { name: 'Add a user' });
    await form.getByLabel('Email').fill(user.email);
    await form.getByLabel('Name').fill(user.name);
    await form.getByLabel('Role').selectOption({ label: user.role });
    await form.getByLabel('Password').fill(user.password);
    await form.getByRole('button', { name: 'Add user' }).click();
    await expect(this.page.getByRole('status')).toContainText(`Added ${user.email}`);
  }

  row(email: string) {
    return this.page.getByTestId(`user-row-${email}`);
  }

  async openDetails(email: string) {
    await this.row(email).getByRole('button', { expanded: false }).first().click();
  }

  async endLiveSession(email: string) {
    await this.openDetails(email);
    await expect(this.page.getByText('live', { exact: true })).toBeVisible();
    await this.page.getByRole('button', { name: 'End', exact: true }).click();
    await expect(this.page.getByText('ended', { exact: true })).toBeVisible();
  }

  async setPassword(email: string, password: string) {
    const form = this.page.getByRole('form', { name: `Set password of ${email}` });
    await form.getByLabel('New password').fill(password);
    await form.getByRole('button', { name: 'Set password' }).click();
    await expect(form.getByRole('status')).toContainText('New password set');
  }

  async deactivate(email: string) {
    await this.row(email).getByRole('button', { name: 'Deactivate' }).click();
    await expect(this.row(email)).toContainText('inactive');
  }
}
