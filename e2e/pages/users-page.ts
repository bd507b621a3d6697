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

  async deactivate(email: string) {
    await this.row(email).getByRole('button', { name: 'Deactivate' }).click();
    await expect(this.row(email)).toContainText('inactive');
  }
}
