import { makeUser } from '../../seed/factories';
import { expect, test } from '../fixtures/test';

/** Sign-in through a real OpenID Connect provider: only people an admin added get in. */
async function signInAtIdentityProvider(page: import('@playwright/test').Page, login: string) {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Continue with Test IdP' }).click();
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password: the test IdP accepts all');
  await page.getByRole('button', { name: /sign-in/i }).click();
  const consent = page.getByRole('button', { name: /continue/i });
  if (await consent.isVisible().catch(() => false)) await consent.click();
}

test('a user an admin added signs in with single sign-on and has their role', async ({ page, db }) => {
  const { user } = await makeUser(db.db, { role: 'program', password: null });
  await signInAtIdentityProvider(page, user.email);
  await expect(page.getByTestId('current-user')).toHaveText(user.name);
  const viewer = await page.request.post('/api/graphql', {
    data: { query: '{ viewer { user { email role hasPassword } } }' },
  });
  expect((await viewer.json()).data.viewer.user).toEqual({
    email: user.email,
    role: 'PROGRAM',
    hasPassword: false,
  });
});

test('someone the identity provider knows but Switchboard does not is turned away', async ({ page }) => {
  await signInAtIdentityProvider(page, `stranger-${Date.now()}@example.test`);
  await expect(page).toHaveURL(/\/sign-in\?.*error=AccessDenied/);
  await expect(page.getByRole('form', { name: 'Sign in' }).getByRole('alert')).toContainText(
    'not a Switchboard user',
  );
});
