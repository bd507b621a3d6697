import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium';

/**
 * `npx tsx scripts/screenshots.ts [outDir] [paths…]`: signs in as the demo admin of a running
 * `npm start` and saves a full-page PNG of each console page, to look at what users see.
 */
const baseURL = process.env.BASE_URL ?? 'http://localhost:3000';
const outDir = resolve(process.argv[2] ?? '.test-output/screenshots');
const paths = process.argv.slice(3);
const pages =
  paths.length > 0
    ? paths
    : ['/sign-in', '/', '/catalog', '/settings/users', '/settings/api-keys', '/settings/audit-log'];
const credentials = JSON.parse(
  readFileSync(resolve(process.env.SWITCHBOARD_DATA_DIR ?? '.data', 'first-sign-in.json'), 'utf8'),
);
const admin = credentials.find((c: { role: string }) => c.role === 'admin');

const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ baseURL, viewport: { width: 1400, height: 900 } });
await page.goto('/sign-in');
await page.screenshot({ path: join(outDir, 'sign-in.png') });
await page.getByLabel('Email').fill(admin.email);
await page.getByLabel('Password').fill(admin.password);
await page.getByRole('button', { name: 'Sign in' }).click();
await page.waitForURL(`${baseURL}/`);
for (const path of pages.filter((p) => p !== '/sign-in')) {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  const name = path === '/' ? 'overview' : path.slice(1).replaceAll('/', '-');
  await page.screenshot({ path: join(outDir, `${name}.png`), fullPage: true });
  console.log(`saved ${name}.png`);
}
await browser.close();
