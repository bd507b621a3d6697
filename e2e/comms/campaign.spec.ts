import type { Page } from '@playwright/test';
import { listVersionsOfTemplates } from '../../db/queries/comms';
import { systemActor } from '../../lib/auth/actor';
import { createAudience } from '../../lib/comms/create-audience';
import { createCampaign } from '../../lib/comms/create-campaign';
import { createMessageTemplate } from '../../lib/comms/create-message-template';
import { makeAccount } from '../../seed/factories';
import { expect, test } from '../fixtures/test';
import { CommsPage } from '../pages/comms-page';
import { e2eSettings } from '../settings';

/** Full-page screenshots beside the test's output, to look at after a run. */
async function snap(page: Page, name: string) {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}

test('a project manager writes a campaign, a second approves it, a test and then the campaign go out', async ({
  page,
  browser,
  db,
  makeSignedInUser,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  // A tax region no other spec uses, so the filter audience holds exactly these two accounts.
  const region = `E2E-${stamp}`;
  const alpha = `Alpha Dairy ${stamp}`;
  const bravo = `Bravo Freight ${stamp}`;
  await makeAccount(db.db, { name: alpha, taxRegion: region, billingEmail: `ap-${stamp}@alpha.example` });
  await makeAccount(db.db, {
    name: bravo,
    taxRegion: region,
    billingEmail: `billing-${stamp}@bravo.example`,
  });
  await makeSignedInUser('program');
  const comms = new CommsPage(page);

  // A template: an unknown variable is refused at its field, then the template is saved and revised.
  const template = `Cutover notice ${stamp}`;
  const refused = await comms.writeTemplate(template, 'Hello {{firstName}}', 'Dear ', 'accountName');
  await expect(refused.getByRole('alert')).toContainText('Unknown variable {{firstName}}.');
  await snap(page, 'templates-error');
  await refused.getByLabel('Subject').fill('Your billing moves to our new system');
  await refused.getByRole('button', { name: 'Create template' }).click();
  await expect(page).toHaveURL(/\/comms\/templates\/[0-9a-f-]{36}$/);
  await comms.reviseTemplate('{{accountName}}: your billing moves to our new system');
  await expect(page.getByText('v2', { exact: true })).toBeVisible();
  await snap(page, 'template');

  // An audience by filter: its size and its accounts.
  const audience = await comms.createFilterAudience(`Region ${region}`, region);
  await expect(audience.getByTestId('audience-size')).toHaveText('2');
  await expect(audience).toContainText(alpha);
  await expect(audience).toContainText(bravo);
  await snap(page, 'audiences');

  // The campaign, previewed per recipient with each account's name filled in.
  const campaignName = `Cutover ${stamp}`;
  await page.goto('/comms/campaigns/new');
  await expect(page.getByRole('form', { name: 'New campaign' })).toBeVisible();
  await snap(page, 'campaign-new');
  await comms.createCampaign(campaignName, template, new RegExp(`^Region ${region}`), [
    'Email',
    'Portal notice',
  ]);
  const campaignUrl = page.url();
  await expect(comms.preview(alpha)).toContainText(`${alpha}: your billing moves to our new system`);
  await expect(comms.preview(alpha)).toContainText(`Dear ${alpha}`);
  await expect(comms.preview(bravo)).toContainText(`Dear ${bravo}`);
  // The author cannot approve, nor send before approval, and is told why.
  await expect(comms.approval.getByRole('button', { name: 'Approve' })).toBeDisabled();
  await expect(comms.approval).toContainText('someone other than its author approves it');
  await expect(page.getByRole('button', { name: 'Send campaign' })).toBeDisabled();
  await expect(page.getByText('It needs approval by someone other than its author.')).toBeVisible();
  await snap(page, 'campaign-draft');

  // A second project manager approves it.
  const context = await browser.newContext({
    baseURL: e2eSettings().baseURL,
    viewport: { width: 1400, height: 900 },
  });
  const approverPage = await context.newPage();
  await makeSignedInUser('program', approverPage);
  await approverPage.goto(campaignUrl);
  const approver = new CommsPage(approverPage);
  await approver.approval.getByRole('button', { name: 'Approve' }).click();
  await expect(approverPage.getByText('Approval · 1/1')).toBeVisible();
  await context.close();

  // The author sends a test, which lands in the outbox; then the send is allowed.
  await page.reload();
  await expect(page.getByText('Approval · 1/1')).toBeVisible();
  await expect(page.getByText('Send a test first, and read it.')).toBeVisible();
  const tester = `pm-${stamp}@northwind.example`;
  await comms.testSend(tester);
  await comms.openOutbox();
  const testMail = comms.outboxRow(tester);
  await expect(testMail).toContainText(`[Test] ${alpha}: your billing moves`);
  await testMail.getByRole('button', { name: 'Read' }).click();
  await expect(page.getByText(`Dear ${alpha}`).first()).toBeVisible();
  await snap(page, 'outbox');

  await page.goto(campaignUrl);
  await page.getByRole('button', { name: 'Send campaign' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sent:' })).toBeVisible();
  // Portal notices are posted at once; the job worker sends the emails, and the page follows it.
  await expect(comms.deliveryCounts('PORTAL')).toContainText('2');
  await expect(page.getByText('Sent. Every message has gone out or been recorded.')).toBeVisible({
    timeout: 90_000,
  });
  await expect(comms.deliveryCounts('EMAIL')).toHaveText(/Email\s*2/);
  await comms.filterDeliveries('sent');
  await expect(comms.deliveryRows().filter({ hasText: `ap-${stamp}@alpha.example` })).toContainText('sent');
  await expect(comms.deliveryRows().filter({ hasText: `billing-${stamp}@bravo.example` })).toContainText(
    'sent',
  );
  await snap(page, 'campaign-sent');

  // Support gets an FAQ for it.
  await page.getByRole('button', { name: 'Add article' }).click();
  const article = page.getByRole('form', { name: 'Add a support article' });
  await article.getByLabel('Title').fill('Why does my invoice look different?');
  await article.getByLabel('Text').fill('It comes from our new system; the amounts are the same.');
  await article.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByText('Why does my invoice look different?')).toBeVisible();

  // The list shows where it stands.
  await page.goto('/comms');
  const row = page.getByRole('row', { name: new RegExp(campaignName) });
  await expect(row).toContainText('sent');
  await expect(row).toContainText('1/1');
  await expect(row).toContainText('2 delivered');
  await snap(page, 'campaigns');
});

test('a viewer reads a campaign without the buttons that change it', async ({
  page,
  db,
  makeSignedInUser,
}) => {
  const stamp = Date.now();
  const ctx = { db: db.db, actor: systemActor('e2e') };
  const region = `E2E-VIEW-${stamp}`;
  await makeAccount(db.db, { name: `Charlie Mills ${stamp}`, taxRegion: region });
  const { template } = await createMessageTemplate(ctx, {
    name: `Reminder ${stamp}`,
    subject: 'A reminder for {{accountName}}',
    body: 'Dear {{accountName}}, nothing changes yet.',
  });
  const { audience } = await createAudience(ctx, { name: `Viewers ${stamp}`, filter: { region } });
  const [version] = await listVersionsOfTemplates(db.db, [template?.id ?? '']);
  const { campaign } = await createCampaign(ctx, {
    name: `Reminder ${stamp}`,
    templateVersionId: version?.id ?? '',
    audienceId: audience?.id ?? '',
    channels: ['email'],
  });
  await makeSignedInUser('viewer');

  await page.goto('/comms');
  await expect(page.getByRole('row', { name: new RegExp(`Reminder ${stamp}`) })).toContainText('0/1');
  await expect(page.getByRole('link', { name: 'New campaign' })).toHaveCount(0);
  await page.goto(`/comms/campaigns/${campaign?.id}`);
  await expect(page.getByRole('listitem', { name: `Preview for Charlie Mills ${stamp}` })).toContainText(
    `Dear Charlie Mills ${stamp}, nothing changes yet.`,
  );
  await expect(page.getByText('Admin and program users approve campaigns.')).toBeVisible();
  for (const button of ['Approve', 'Send test', 'Send campaign', 'Cancel campaign', 'Add article'])
    await expect(page.getByRole('button', { name: button })).toHaveCount(0);
  await snap(page, 'campaign-viewer');

  await page.goto('/comms/templates');
  await expect(page.getByRole('link', { name: `Reminder ${stamp}` })).toBeVisible();
  await expect(page.getByRole('form', { name: 'New template' })).toHaveCount(0);
  await expect(page.getByText('Your role can read communications but not change them.')).toBeVisible();
  await snap(page, 'templates-viewer');
  await page.goto('/comms/audiences');
  await expect(page.getByRole('region', { name: `Viewers ${stamp}` })).toContainText(
    `Charlie Mills ${stamp}`,
  );
  await expect(page.getByRole('form', { name: 'New audience' })).toHaveCount(0);
});
