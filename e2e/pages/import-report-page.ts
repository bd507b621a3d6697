import { expect, type Page } from '@playwright/test';

/** /migration/imports/[id]: the import's report and its parallel runs. */
export class ImportReportPage {
  constructor(private readonly page: Page) {}

  async open(importId: string) {
    await this.page.goto(`/migration/imports/${importId}`);
    await expect(this.page.getByRole('heading', { name: 'Files against the manifest' })).toBeVisible();
  }

  fileRow(file: string) {
    return this.page.getByTestId(`file-${file}`);
  }

  get problemRows() {
    return this.page.getByTestId('problem-rows');
  }

  async showProblemsOf(file: string) {
    await this.page.getByRole('combobox', { name: 'File' }).selectOption({ value: file });
  }

  get validation() {
    return this.page.getByTestId('validation-report');
  }

  /** Starts a parallel run and waits for its dashboard. */
  async startParallelRun(tolerances: Record<string, string> = {}) {
    for (const [lineType, amount] of Object.entries(tolerances))
      await this.page.getByLabel(`${lineType.replace('_', '-')} tolerance`).fill(amount);
    await this.page.getByRole('button', { name: 'Start parallel run' }).click();
    await this.page.waitForURL(/\/migration\/parallel-runs\//, { timeout: 120_000 });
    await expect(this.page.getByTestId('run-summary')).toBeVisible();
  }

  async openWaves() {
    await this.page.getByRole('link', { name: 'Cutover waves' }).click();
    await expect(this.page.getByRole('heading', { name: 'Create a wave' })).toBeVisible();
  }
}
