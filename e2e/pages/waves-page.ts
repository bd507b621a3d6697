import { expect, type Page } from '@playwright/test';

/** /migration/imports/[id]/waves: cut accounts over in waves, roll them back. */
export class WavesPage {
  constructor(private readonly page: Page) {}

  async createWave(name: string, legacyAccountIds: string[]) {
    await this.page.getByRole('textbox', { name: 'Wave name' }).fill(name);
    for (const id of legacyAccountIds) await this.page.getByRole('checkbox', { name: `Pick ${id}` }).check();
    await this.page.getByRole('button', { name: /^Create wave with \d+ picked account/ }).click();
    await expect(this.wave(name)).toBeVisible();
  }

  async createRestWave(name: string) {
    await this.page.getByRole('textbox', { name: 'Wave name' }).fill(name);
    await this.page.getByRole('button', { name: 'Create wave with all remaining accounts' }).click();
    await expect(this.wave(name)).toBeVisible();
  }

  /** The card of a wave, found by its title. */
  wave(name: string) {
    return this.page.locator('section', { has: this.page.getByTestId(`wave-${name}`) });
  }

  async cutOver(name: string, date: string) {
    const card = this.wave(name);
    await card.getByLabel('Cutover date').fill(date);
    await card.getByRole('button', { name: 'Cut over' }).click();
    await expect(card.getByRole('status')).toContainText('is cut over');
  }

  async rollBack(name: string, reason: string) {
    const card = this.wave(name);
    await card.getByLabel('Rollback reason').fill(reason);
    await card.getByRole('button', { name: 'Roll back' }).click();
    await expect(card.getByRole('status')).toContainText('rolled back');
  }
}
