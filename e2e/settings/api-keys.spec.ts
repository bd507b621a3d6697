import { makeUser } from '../../seed/factories';
import { expect, test } from '../fixtures/test';
import { ApiKeysPage } from '../pages/api-keys-page';
import { SignInPage } from '../pages/sign-in-page';

const viewerQuery = JSON.stringify({ query: '{ viewer { kind apiKey { name scope } } }' });

test('an admin signs in, creates an API key, uses it, revokes it, and the key is refused', async ({
  page,
  db,
  request,
}) => {
  const { user, password } = await makeUser(db.db, { role: 'admin' });
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(user.email, password ?? '');
  await expect(page.getByTestId('current-user')).toHaveText(user.name);

  const keys = new ApiKeysPage(page);
  await keys.open();
  const name = `PSA sync ${Date.now()}`;
  const secret = await keys.create(name, 'read');
  expect(secret).toMatch(/^sbk_/);

  const allowed = await request.post('/api/graphql', {
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    data: viewerQuery,
  });
  expect(allowed.status()).toBe(200);
  expect(await allowed.json()).toEqual({
    data: { viewer: { kind: 'API_KEY', apiKey: { name, scope: 'READ' } } },
  });

  const writeAttempt = await request.post('/api/graphql', {
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    data: JSON.stringify({
      query: 'mutation { createApiKey(input: { name: "escalate", scope: READ_WRITE }) { secret } }',
    }),
  });
  expect((await writeAttempt.json()).errors[0].extensions.code).toBe('FORBIDDEN');

  await page.reload();
  await expect(keys.row(name)).toContainText('active');
  await keys.revoke(name);

  const refused = await request.post('/api/graphql', {
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    data: viewerQuery,
  });
  expect(refused.status()).toBe(401);
  expect((await refused.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
});

test('a wrong password is refused on the sign-in page', async ({ page, db }) => {
  const { user } = await makeUser(db.db, { role: 'viewer' });
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(user.email, 'not the password');
  await signIn.expectRefused();
  await expect(page).toHaveURL(/\/sign-in/);
});
