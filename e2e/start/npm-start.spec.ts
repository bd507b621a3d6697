import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { PortalPage, signInLinkFromOutbox } from '../pages/portal-page';
import { SignInPage } from '../pages/sign-in-page';
import { e2eSettings } from '../settings';

/** What a newcomer does: `npm start` on a fresh machine, then sign in with a printed demo sign-in. */
test('npm start serves the demo provider on the embedded database, signed in with the printed credentials', async ({
  page,
  browser,
  request,
}) => {
  const settings = e2eSettings();
  const credentials: { role: string; email: string; password: string }[] = JSON.parse(
    readFileSync(join(settings.npmStartDataDir, 'first-sign-in.json'), 'utf8'),
  );
  expect(credentials.map((c) => c.role)).toEqual(['admin', 'billing', 'program', 'viewer']);
  const admin = credentials[0];
  if (!admin) throw new Error('no admin credential');

  const signIn = new SignInPage(page);
  await page.goto(`${settings.npmStartURL}/sign-in`);
  await signIn.signIn(admin.email, admin.password);
  await expect(page.getByText('Northwind Voice & Data')).toBeVisible();

  await page.goto(`${settings.npmStartURL}/settings/api-keys`);
  await expect(page.getByText('Demo PSA sync (read only)')).toBeVisible();

  // Mid-migration: the legacy export is imported and reconciled, a pilot wave cut over.
  await page.goto(`${settings.npmStartURL}/migration`);
  await expect(page.getByText('legacy-export-2026-10.zip').first()).toBeVisible();

  // The program in flight, its customers told, and the war room's history of the pilot.
  await page.goto(`${settings.npmStartURL}/program`);
  await expect(page.getByText('Move off LegacyBill').first()).toBeVisible();
  await page.goto(`${settings.npmStartURL}/comms`);
  await expect(page.getByText('Pilot: your billing moves').first()).toBeVisible();
  await page.goto(`${settings.npmStartURL}/war-room`);
  await expect(page.getByText('Pilot wave live since 1 November').first()).toBeVisible();

  // A pilot customer's contact signs in to the portal; with no mail server the link waits in the
  // outbox, where the admin finds it.
  const customer = await browser.newPage();
  const contact = 'dana.reyes@granite-logistics-1.example';
  await new PortalPage(customer, settings.npmStartURL).askForLink(contact);
  await customer.goto(await signInLinkFromOutbox(page, contact, settings.npmStartURL));
  await expect(customer.getByRole('heading', { name: 'Granite Logistics 1' })).toBeVisible();
  await expect(customer.getByText('Your billing has moved')).toBeVisible();
  await customer.screenshot({ path: test.info().outputPath('demo-portal-home.png'), fullPage: true });
  // Their first Switchboard invoice, November's (issued 1 December), carries their November usage.
  await customer
    .getByRole('row', { name: /^INV-\d+ Dec 1, 2026 / })
    .getByRole('link', { name: /^INV-/ })
    .click();
  await expect(customer.getByRole('row', { name: /^Calls to/ }).first()).toBeVisible();
  await customer.close();

  const anonymous = await request.post(`${settings.npmStartURL}/api/graphql`, {
    data: { query: '{ viewer { kind } }' },
  });
  expect(await anonymous.json()).toEqual({ data: { viewer: null } });
});
