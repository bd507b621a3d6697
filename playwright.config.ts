import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/chromium';
import { e2eSettings } from './e2e/settings';

/**
 * Three servers: a real OpenID Connect provider for single sign-on; the e2e server, a
 * production build on a throwaway PostgreSQL database (so specs can seed through the
 * factories while it runs); and `npm start` itself on a fresh embedded database, exactly as
 * a newcomer runs it.
 */
const settings = e2eSettings();

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: '.test-output/playwright',
  reporter: [['list'], ['json', { outputFile: '.test-output/playwright.json' }]],
  use: {
    baseURL: settings.baseURL,
    launchOptions: chromiumLaunchOptions(),
    browserName: 'chromium',
    viewport: { width: 1400, height: 900 },
    // The console formats dates and numbers in the browser's locale: pin it so assertions read one way.
    locale: 'en-US',
    timezoneId: 'UTC',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: [
    {
      command: 'npx tsx e2e/sso/serve-identity-provider.ts',
      url: `${settings.oidc.issuer}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'npx tsx e2e/serve-e2e.ts',
      url: `${settings.baseURL}/sign-in`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: settings.serverEnv,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'npm start',
      url: `${settings.npmStartURL}/sign-in`,
      reuseExistingServer: false,
      timeout: 240_000,
      env: settings.npmStartEnv,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
