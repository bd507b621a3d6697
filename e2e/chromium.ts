import type { LaunchOptions } from '@playwright/test';

/**
 * Debian's Chromium, headless, as PLATFORM.md prescribes: Playwright cannot download its own
 * browser here, and without the background-networking flags Chromium keeps dialling out.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  return {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  };
}
