import type { Page } from '@playwright/test';
import { listVersionsOfTemplates } from '../../db/queries/comms';
import type { Actor } from '../../lib/auth/actor';
import { approveCampaign } from '../../lib/comms/approve-campaign';
import { createAudience } from '../../lib/comms/create-audience';
import { createCampaign } from '../../lib/comms/create-campaign';
import { createMessageTemplate } from '../../lib/comms/create-message-template';
import { sendCampaign } from '../../lib/comms/send-campaign';
import { testSendCampaign } from '../../lib/comms/test-send-campaign';
import { resetEnvCache } from '../../lib/env';
import { makeAccount, makeAccountContact, makeInvoice, makeUser } from '../../seed/factories';
import { expect, test } from '../fixtures/test';
import { PortalPage, signInLinkFromOutbox } from '../pages/portal-page';
import { pdfText } from '../pdf-text';
import { e2eSettings } from '../settings';

async function snap(page: Page, name: string) {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}

test('a customer signs in to the portal by the emailed link, sees the notice and their invoice, and nothing of another account', async ({
  browser,
  page,
  db,
  makeSignedInUser,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const region = `E2E-PORTAL-${stamp}`;
  const contact = `dana-${stamp}@alpha.example`;
  const alpha = await makeAccount(db.db, { name: `Alpha Dental ${stamp}`, taxRegion: region });
  const bravo = await makeAccount(db.db, { name: `Bravo Freight ${stamp}` });
  await makeAccountContact(db.db, { accountId: alpha.id, email: contact, name: 'Dana' });
  const own = await makeInvoice(db.db, {
    accountId: alpha.id,
    issueDate: '2026-11-01',
    lines: [
      { description: 'Hosted PBX seats', quantity: '8', unitPrice: '15.00', amount: '120.00' },
      { description: 'Calls to landlines', amount: '8.40' },
    ],
  });
  const other = await makeInvoice(db.db, { accountId: bravo.id, issueDate: '2026-11-01' });

  // The provider posts a portal notice to the account with an approved campaign. Its test send
  // runs here, in the spec, and signs unsubscribe links with the server's key.
  process.env.NEXTAUTH_SECRET = e2eSettings().serverEnv.NEXTAUTH_SECRET;
  resetEnvCache();
  const [author, approver] = await Promise.all([
    makeUser(db.db, { role: 'program' }),
    makeUser(db.db, { role: 'program' }),
  ]);
  const as = (user: typeof author.user): { db: typeof db.db; actor: Actor } => ({
    db: db.db,
    actor: { kind: 'user', user, sessionId: null },
  });
  const { template } = await createMessageTemplate(as(author.user), {
    name: `Portal notice ${stamp}`,
    subject: 'Your billing moves',
    body: 'Dear {{accountName}}, your invoices now come from our new billing system.',
  });
  const [version] = await listVersionsOfTemplates(db.db, [template?.id ?? '']);
  const { audience } = await createAudience(as(author.user), { name: `Portal ${stamp}`, filter: { region } });
  const { campaign } = await createCampaign(as(author.user), {
    name: `Portal ${stamp}`,
    templateVersionId: version?.id ?? '',
    audienceId: audience?.id ?? '',
    channels: ['portal'],
  });
  const campaignId = campaign?.id ?? '';
  await approveCampaign(as(approver.user), { campaignId });
  await testSendCampaign(as(author.user), { campaignId, to: author.user.email }, null);
  expect((await sendCampaign(as(author.user), { campaignId })).userErrors).toEqual([]);

  // The customer asks for a link; with no mail server it waits in the outbox, where an admin finds it.
  const customer = await browser.newPage();
  const portal = new PortalPage(customer);
  await portal.askForLink(contact.toUpperCase());
  await snap(customer, 'portal-check-email');
  await makeSignedInUser('admin', page);
  const link = await signInLinkFromOutbox(page, contact);

  await customer.goto(link);
  await expect(customer).toHaveURL(/\/portal$/);
  await expect(customer.getByRole('heading', { name: `Alpha Dental ${stamp}` })).toBeVisible();
  await expect(portal.notices()).toContainText(`Dear Alpha Dental ${stamp}, your invoices now come`);
  await expect(customer.getByTestId('portal-balance')).toHaveText('USD 128.40');
  await snap(customer, 'portal-home');

  await portal.invoiceLink(own.number ?? '').click();
  await expect(customer.getByTestId('portal-invoice-total')).toHaveText('USD 128.40');
  await expect(customer.getByRole('row', { name: /Hosted PBX seats/ })).toHaveText(
    /Hosted PBX seats\s*8\s*15\.00\s*USD 120\.00/,
  );
  await snap(customer, 'portal-invoice');
  const pdf = await customer.request.get(`/api/portal/invoices/${own.id}/pdf`);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  const printed = await pdfText(await pdf.body());
  expect(printed).toContain(`Alpha Dental ${stamp}`);
  expect(printed).toMatch(/Hosted PBX seats\s+8\s+15\.00\s+120\.00/);

  // Another account's invoice, by every door: the portal's page and PDF, the console's PDF, the API.
  await customer.goto(`/portal/invoices/${other.id}`);
  await expect(customer.getByRole('heading', { name: 'Not found' })).toBeVisible();
  await snap(customer, 'portal-not-found');
  expect((await customer.request.get(`/api/portal/invoices/${other.id}/pdf`)).status()).toBe(404);
  expect((await customer.request.get(`/api/invoices/${other.id}/pdf`)).status()).toBe(403);
  const api = await customer.request.post('/api/graphql', {
    data: { query: `{ invoice(id: "${other.id}") { total } }` },
  });
  expect(
    ((await api.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
  ).toBe('FORBIDDEN');
  await customer.goto('/invoices');
  await expect(customer).toHaveURL(/\/sign-in$/);

  // Signing out ends the portal session.
  await customer.goto('/portal');
  await customer.getByRole('button', { name: 'Sign out' }).click();
  await expect(customer).toHaveURL(/\/portal\/sign-in$/);
  await customer.goto('/portal');
  await expect(customer).toHaveURL(/\/portal\/sign-in$/);
  await customer.close();
});
