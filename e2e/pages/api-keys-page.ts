import { expect, type Page } from '@playwright/test';

export class ApiKeysPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto('/settings/api-keys');
    await expect(this.page.getByRole('heading', { name: 'API keys' })).toBeVisible();
  }

  /** Creates a key and returns the secret shown once. */
  async create(name: string, scope: 'read' | 'read & write', modules: string[] = []): Promise<string> {
    const form = this.page.getByRole('form', { name: 'Create an API key' });
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Scope').selectOption({
      label: scope === 'read' ? 'read: queries only' : 'read & write: queries and mutations',
    });
    for (const module of modules) await form.getByLabel(module, { exact: true }).check();
    await form.getByRole('button', { name: 'Create key' }).click();
    const secret = this.page.getByTestId('new-api-key-secret');
    await expect(secret).toBeVisible();
    return (await secret.textContent())?.trim() ?? '';
  }

  row(name: string) {
    return this.page.getByTestId(`api-key-row-${name}`);
  }

  async revoke(name: string) {
    this.page.once('dialog', (dialog) => dialog.accept());
    await this.row(name).getByRole('button', { name: 'Revoke' }).click();
    await expect(this.row(name)).toHaveCount(0);
  }
}
