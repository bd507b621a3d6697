import { zipSample } from '../fixtures/sample-export';
import { expect, test } from '../fixtures/test';
import { ImportReportPage } from '../pages/import-report-page';
import { MigrationPage } from '../pages/migration-page';
import { ChecklistPage, ProgramOverviewPage, RoadmapPage, SignOffsPage } from '../pages/program-pages';

const PARALLEL_TESTS = 'Parallel billing tests against legacy';

test('a project manager plans with the roadmap and checklist; a billing sign-off is invalidated by a new parallel run', async ({
  page,
  browser,
  makeSignedInUser,
}) => {
  test.setTimeout(300_000);

  // Billing imports the sample export and runs it in parallel once: the program's evidence.
  const billingContext = await browser.newContext();
  const billingPage = await billingContext.newPage();
  const { user: billingUser } = await makeSignedInUser('billing', billingPage);
  const migration = new MigrationPage(billingPage);
  await migration.open();
  // Another spec may have imported it already: the import is idempotent, and either way it has a report.
  await migration.uploadExport('sample-small.zip', await zipSample());
  await expect(migration.importResult).toContainText(/Imported\.|imported before/);
  await migration.openImportReport();
  const importUrl = billingPage.url();
  const importId = importUrl.split('/').at(-1) ?? '';
  const report = new ImportReportPage(billingPage);
  await report.startParallelRun();

  // The project manager starts the program on that import (it becomes the newest program).
  await makeSignedInUser('program');
  const overview = new ProgramOverviewPage(page);
  await overview.open();
  const stamp = Date.now();
  await overview.startProgram({
    importId,
    name: `Leave the legacy biller ${stamp}`,
    startsOn: '2026-11-02',
    goLiveOn: '2027-03-01',
  });

  // A milestone of their own that depends on a standard one.
  const roadmap = new RoadmapPage(page);
  await roadmap.open();
  const dependency = (await page.getByRole('table').getByRole('row').nth(1).getAttribute('aria-label')) ?? '';
  await roadmap.createMilestone({
    title: `Finance dry run ${stamp}`,
    phase: 'Cutover',
    dueOn: '2027-02-15',
    dependsOn: [dependency],
  });
  await expect(roadmap.milestone(`Finance dry run ${stamp}`).getByTestId('dependencies')).toContainText(
    dependency,
  );

  // A checklist item ticked, and a billing sign-off asked for on the parallel billing tests.
  const checklist = new ChecklistPage(page);
  await checklist.open();
  // An item of the project's own, owned by the billing user (any active user can own work).
  const ownItem = `Porting freeze agreed with the carrier ${stamp}`;
  await checklist.addItem('Contingency planning', {
    title: ownItem,
    owner: billingUser.name,
    dueOn: '2027-02-20',
  });
  await expect(checklist.item(ownItem)).toContainText(`Owner ${billingUser.name}`);
  await expect(checklist.item(ownItem)).toContainText('Blocking');
  const firstOpen = page
    .getByRole('article')
    .filter({ has: page.getByRole('button', { name: 'Mark done' }) });
  const ticked = (await firstOpen.first().getAttribute('aria-label')) ?? '';
  await checklist.markDone(ticked);
  await expect(checklist.item(ticked)).toContainText('Done');
  await checklist.requestSignOff(
    PARALLEL_TESTS,
    'Billing',
    'The latest parallel run: 46 of 57 invoices match.',
  );
  await expect(checklist.item(PARALLEL_TESTS).getByRole('list', { name: 'Sign-offs' })).toContainText(
    'Pending',
  );

  // Billing approves it from their inbox.
  const billingSignOffs = new SignOffsPage(billingPage);
  await billingSignOffs.open();
  await billingSignOffs.approve(PARALLEL_TESTS, 'Variances reviewed with finance.');
  await expect(billingSignOffs.request(PARALLEL_TESTS)).toContainText('Approved');

  // A new parallel run changes the evidence the sign-off approved, once the checks re-run.
  await billingPage.goto(importUrl);
  await report.startParallelRun();
  await checklist.open();
  await checklist.refreshEvidence();

  const signOffs = new SignOffsPage(page);
  await expect(async () => {
    await signOffs.open();
    await expect(signOffs.request(PARALLEL_TESTS)).toContainText('Invalidated', { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(signOffs.request(PARALLEL_TESTS).getByTestId('invalidation')).toBeVisible();
  await checklist.open();
  await expect(checklist.item(PARALLEL_TESTS).getByRole('list', { name: 'Sign-offs' })).toContainText(
    'Invalidated',
  );

  await billingContext.close();
});
