import { expect, type Page } from '@playwright/test';

/** The customer portal, as a customer's contact uses it. */
export class PortalPage {
  /** `base` is the server's origin when it is not the test's baseURL (the `npm start` server). */
  constructor(
    private readonly page: Page,
    private readonly base = '',
  ) {}

  /** Asks for a sign-in link and lands on "check your email". */
  async askForLink(email: string) {
    await this.page.goto(`${this.base}/portal`);
    await expect(this.page).toHaveURL(/\/portal\/sign-in$/);
    const form = this.page.getByRole('form', { name: 'Sign in' });
    await form.getByLabel('Email address').fill(email);
    const submit = form.getByRole('button', { name: 'Email me a sign-in link' });
    await expect(submit).toBeEnabled();
    await submit.click();
    await expect(this.page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
  }

  notices() {
    return this.page.getByRole('list', { name: 'Notices' });
  }

  invoiceLink(number: string) {
    return this.page.getByRole('link', { name: number, exact: true });
  }
}

/** The sign-in link an admin finds in the console's outbox when no mail server is configured. */
export async function signInLinkFromOutbox(adminPage: Page, recipient: string, base = ''): Promise<string> {
  await adminPage.goto(`${base}/comms/outbox`);
  const links = adminPage.getByRole('list', { name: 'Customer portal sign-in links' });
  const item = links.getByRole('listitem').filter({ hasText: recipient }).first();
  await expect(item).toBeVisible();
  const link = /https?:\/\/\S+\/api\/portal\/auth\/callback\/email\S+/.exec(
    (await item.textContent()) ?? '',
  )?.[0];
  if (!link) throw new Error(`no sign-in link for ${recipient} in the outbox`);
  return link;
}
