import { expect, type Page } from '@playwright/test';

/** /migration: the imports list and the export upload. */
export class MigrationPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto('/migration');
    await expect(this.page.getByRole('heading', { name: 'Imports & parallel runs' })).toBeVisible();
  }

  /**
   * Uploads a zipped export; resolves once the answer (or an error) is shown. `sawProgress`: whether the
   * bar appeared. Alerts are looked for in main: Next's route announcer is an empty alert of its own.
   */
  async uploadExport(name: string, zip: Buffer): Promise<{ sawProgress: boolean }> {
    await this.page
      .getByLabel('Export zip')
      .setInputFiles({ name, mimeType: 'application/zip', buffer: zip });
    const progress = this.page.getByRole('progressbar', { name: 'Upload progress' });
    const sawProgress = progress.waitFor({ state: 'visible', timeout: 15_000 }).then(
      () => true,
      () => false,
    );
    await this.page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(this.importResult.or(this.page.getByRole('main').getByRole('alert'))).toBeVisible({
      timeout: 120_000,
    });
    return { sawProgress: await sawProgress };
  }

  get importResult() {
    return this.page.getByTestId('import-result');
  }

  async openImportReport() {
    await this.importResult.getByRole('link', { name: 'Open the import report' }).click();
    await expect(this.page.getByRole('heading', { name: 'Files against the manifest' })).toBeVisible();
  }
}
