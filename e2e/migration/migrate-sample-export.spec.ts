import { zipSample } from '../fixtures/sample-export';
import { expect, test } from '../fixtures/test';
import { ImportReportPage } from '../pages/import-report-page';
import { MigrationPage } from '../pages/migration-page';
import { ParallelRunPage } from '../pages/parallel-run-page';
import { WavesPage } from '../pages/waves-page';

test('billing migrates the sample export: upload, report, parallel run, review a variance, pilot wave cut over and rolled back', async ({
  page,
  makeSignedInUser,
}) => {
  test.setTimeout(300_000);
  await makeSignedInUser('billing');

  // Upload: the bar follows the bytes, then the server checks and imports.
  const migration = new MigrationPage(page);
  await migration.open();
  const { sawProgress } = await migration.uploadExport('sample-small.zip', await zipSample());
  expect(sawProgress).toBe(true);
  await expect(migration.importResult).toContainText('Imported.');
  await migration.openImportReport();

  // The report: every file against its manifest, and the rows that were not imported.
  const report = new ImportReportPage(page);
  await expect(report.fileRow('usage.csv')).toContainText('41,036');
  await expect(report.fileRow('usage.csv')).toContainText('matches');
  await expect(report.fileRow('accounts.csv').locator('td').nth(6)).toHaveText('2');
  await report.showProblemsOf('usage.csv');
  await expect(report.problemRows.getByText('conflict').first()).toBeVisible();
  await expect(report.validation).toContainText('Unrated usage');

  // The parallel run: 57 invoices on both sides, 46 of them identical to the cent.
  await report.startParallelRun();
  const run = new ParallelRunPage(page);
  await expect(run.stat('accuracy')).toHaveText('80.70%');
  await expect(run.stat('matching')).toHaveText('46 / 57');

  // A variance: Germany mobile calls rated differently; its cause confirmed with a comment.
  await run.openAccount('L000009');
  await expect(run.differingLines.first()).toContainText('Germany');
  await run.markDefectWithoutComment();
  await expect(run.review.getByRole('alert')).toContainText('comment');
  await run.confirmCause('The legacy deck still had last year’s Germany mobile rate.', 'RATE');
  await expect(run.accounts.getByRole('row', { name: /L000009/ })).toContainText('Cause confirmed');

  // Bulk: the other open RATE variance confirmed by its cause.
  await expect(run.openByCause).toContainText('Rate');
  await run.confirmAllOfCause('RATE');
  await expect(run.openByCause).not.toContainText('Rate');

  // A pilot of two matching accounts, cut over on the day after the period, then rolled back.
  await page.getByRole('link', { name: '← Import report' }).click();
  await report.openWaves();
  const waves = new WavesPage(page);
  await waves.createWave('Pilot', ['L000002', 'L000003']);
  await waves.cutOver('Pilot', '2026-11-01');
  await expect(waves.wave('Pilot')).toContainText('Cut over');
  await expect(waves.wave('Pilot').getByTestId('wave-events')).toContainText('cut over');
  await expect(waves.wave('Pilot').getByText('Switchboard', { exact: true }).first()).toBeVisible();
  // L000002 owed 2,835.79 at the end of the legacy period: carried over as an opening invoice.
  await expect(waves.wave('Pilot').getByRole('row', { name: /L000002/ })).toContainText('USD 2,835.79');
  await waves.rollBack('Pilot', 'The pilot customers asked to wait a month.');
  await expect(waves.wave('Pilot')).toContainText('Rolled back');
  await expect(waves.wave('Pilot').getByRole('status')).toContainText('rolled back cleanly');
  await expect(waves.wave('Pilot').getByTestId('wave-events')).toContainText('rolled back');

  // The rest of the accounts, in a wave of their own.
  await waves.createRestWave('The rest');
  await expect(waves.wave('The rest')).toContainText('Planned');

  // Run history: nothing was fixed between the two runs, so no account moved.
  await page.getByRole('link', { name: 'Report & parallel runs' }).click();
  await report.startParallelRun();
  await expect(run.stat('matching')).toHaveText('46 / 57');
  await run.compareWithOtherRun();
  await expect(run.runChanges).toContainText('no account changed');
});

test('a viewer reads migrations but is told why the write actions are not there', async ({
  page,
  makeSignedInUser,
}) => {
  await makeSignedInUser('viewer');
  const migration = new MigrationPage(page);
  await migration.open();
  await expect(page.getByText('Importing an export is for admin and billing users.')).toBeVisible();
  await expect(page.getByLabel('Export zip')).toHaveCount(0);
  const firstImport = page.getByRole('table').getByRole('link').first();
  if ((await firstImport.count()) > 0) {
    await firstImport.click();
    await expect(page.getByText('Starting a parallel run is for admin and billing users.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Start parallel run' })).toHaveCount(0);
  }
});
