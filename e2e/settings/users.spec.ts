import { expect, test } from '../fixtures/test';
import { SignInPage } from '../pages/sign-in-page';
import { UsersPage } from '../pages/users-page';

test('an admin adds a billing user, ends their session, resets their password and deactivates them', async ({
  page,
  browser,
  makeSignedInUser,
}) => {
  await makeSignedInUser('admin');
  const users = new UsersPage(page);
  await users.open();
  const newcomer = {
    email: `billing-${Date.now()}@example.test`,
    name: 'Nia Newcomer',
    role: 'billing',
    password: 'correct horse battery staple',
  };
  await users.add(newcomer);
  await expect(users.row(newcomer.email)).toContainText('active');

  const newcomerContext = await browser.newContext();
  const newcomerPage = await newcomerContext.newPage();
  const signIn = new SignInPage(newcomerPage);
  await signIn.open();
  await signIn.signIn(newcomer.email, newcomer.password);
  await expect(newcomerPage.getByTestId('current-user')).toHaveText(newcomer.name);
  await newcomerPage.goto('/settings/users');
  await expect(newcomerPage.getByText('Admins only')).toBeVisible();

  // Ending the one live session signs the newcomer out on their next page.
  await users.endLiveSession(newcomer.email);
  await newcomerPage.goto('/catalog');
  await expect(newcomerPage).toHaveURL(/\/sign-in/);

  // A password reset by the admin works at once; the old one no longer does.
  const newPassword = 'a brand new passphrase';
  await users.setPassword(newcomer.email, newPassword);
  await signIn.signIn(newcomer.email, newcomer.password);
  await signIn.expectRefused();
  await signIn.signIn(newcomer.email, newPassword);
  await expect(newcomerPage.getByTestId('current-user')).toHaveText(newcomer.name);

  // Deactivating signs them out too.
  await users.deactivate(newcomer.email);
  await newcomerPage.goto('/catalog');
  await expect(newcomerPage).toHaveURL(/\/sign-in/);
  await newcomerContext.close();
});

test('every console area is reachable from the navigation', async ({ page, makeSignedInUser }) => {
  await makeSignedInUser('viewer');
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Console' });
  for (const area of [
    'Catalog',
    'Accounts',
    'Usage',
    'Invoices',
    'Imports & parallel runs',
    'Roadmap',
    'Checklist',
    'War room',
    'Communications',
  ]) {
    await nav.getByRole('link', { name: area }).click();
    await expect(page.locator('h1')).toBeVisible();
    await expect(nav.getByRole('link', { name: area })).toHaveAttribute('aria-current', 'page');
  }
  await expect(nav.getByRole('link', { name: 'API keys' })).toHaveCount(0);
});
