import { expect, type Page } from '@playwright/test';

/** /program: the overview, and the "Start a program" form while there is none. */
export class ProgramOverviewPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto('/program');
    await expect(this.page.getByRole('heading', { name: 'Migration program', exact: true })).toBeVisible();
  }

  /**
   * Starts a program on a legacy import and waits for the overview: through the empty state's
   * form on a fresh database, else through the API (the newest program is the one shown).
   */
  async startProgram(fields: { importId: string; name: string; startsOn: string; goLiveOn: string }) {
    const form = this.page.getByRole('form', { name: 'Start a program' });
    const health = this.page.getByTestId('program-health');
    await expect(form.or(health)).toBeVisible();
    if ((await form.count()) === 0) {
      const response = await this.page.request.post('/api/graphql', {
        data: {
          query:
            'mutation($input: CreateProgramInput!) { createProgram(input: $input) { userErrors { message } } }',
          variables: { input: fields },
        },
      });
      expect(await response.json()).toMatchObject({ data: { createProgram: { userErrors: [] } } });
      await this.open();
      await expect(this.page.getByText(fields.name).first()).toBeVisible();
      await expect(health).toBeVisible();
      return;
    }
    await form.getByLabel('Name').fill(fields.name);
    await expect(form.locator(`option[value="${fields.importId}"]`)).toHaveCount(1);
    await form.getByLabel('Legacy import').selectOption({ value: fields.importId });
    await form.getByLabel('Starts on').fill(fields.startsOn);
    await form.getByLabel('Go-live on').fill(fields.goLiveOn);
    await form.getByRole('button', { name: 'Start a program' }).click();
    await expect(this.page.getByTestId('program-health')).toBeVisible();
  }
}

/** /program/roadmap: the timeline and the milestones. */
export class RoadmapPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto('/program/roadmap');
    await expect(this.page.getByTestId('timeline')).toBeVisible();
  }

  milestone(title: string) {
    return this.page.getByRole('row', { name: title, exact: true });
  }

  async createMilestone(fields: { title: string; phase: string; dueOn: string; dependsOn: string[] }) {
    await this.page.getByRole('button', { name: 'New milestone' }).click();
    const form = this.page.getByRole('form', { name: 'New milestone' });
    await form.getByLabel('Title').fill(fields.title);
    await form.getByLabel('Phase').selectOption({ label: fields.phase });
    await form.getByLabel('Due on').fill(fields.dueOn);
    for (const dependency of fields.dependsOn) await form.getByRole('checkbox', { name: dependency }).check();
    await form.getByRole('button', { name: 'Create milestone' }).click();
    await expect(form).toHaveCount(0);
  }
}

/** /program/checklist: items by area. */
export class ChecklistPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto('/program/checklist');
    await expect(this.page.getByTestId('checklist-progress')).toBeVisible();
  }

  item(title: string) {
    return this.page.getByRole('article', { name: title, exact: true });
  }

  /** Adds an item of the project's own to an area, owned by someone else. */
  async addItem(area: string, fields: { title: string; owner: string; dueOn: string }) {
    await this.page.getByRole('button', { name: `Add an item to ${area}` }).click();
    const form = this.page.getByRole('form', { name: `New item in ${area}` });
    await form.getByLabel('Item').fill(fields.title);
    await form.getByLabel('Owner').selectOption({ label: fields.owner });
    await form.getByLabel('Due on').fill(fields.dueOn);
    await form.getByLabel('Blocks go-live').check();
    await form.getByRole('button', { name: 'Add item' }).click();
    await expect(form).toHaveCount(0);
  }

  /** Re-runs the evidence checks (reading the checklist never does) and waits until they have. */
  async refreshEvidence() {
    const refreshed = this.page.waitForResponse(
      (response) =>
        response.url().includes('/api/graphql') &&
        (response.request().postData() ?? '').includes('refreshProgramEvidence'),
    );
    await this.page.getByRole('button', { name: 'Re-check evidence' }).click();
    await refreshed;
    await expect(this.page.getByRole('button', { name: 'Re-check evidence' })).toBeEnabled();
  }

  async markDone(title: string) {
    await this.item(title).getByRole('button', { name: 'Mark done' }).click();
    await expect(this.item(title).getByRole('button', { name: 'Reopen' })).toBeVisible();
  }

  /** Asks anyone with `role` to approve the item. */
  async requestSignOff(title: string, role: string, note: string) {
    const item = this.item(title);
    await item.getByRole('button', { name: 'Request sign-off' }).click();
    const form = item.getByRole('form', { name: 'Request a sign-off' });
    await form.getByRole('checkbox', { name: role, exact: true }).check();
    await form.getByLabel('Note').fill(note);
    await form.getByRole('button', { name: 'Request sign-off' }).click();
    await expect(form).toHaveCount(0);
  }
}

/** /program/sign-offs: the inbox and every request. */
export class SignOffsPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto('/program/sign-offs');
    await expect(this.page.getByTestId('all-sign-offs')).toBeVisible();
  }

  inboxRequest(title: string) {
    return this.page.getByTestId('inbox').getByRole('article', { name: title });
  }

  request(title: string) {
    return this.page.getByTestId('all-sign-offs').getByRole('article', { name: title });
  }

  async approve(title: string, comment: string) {
    const request = this.inboxRequest(title);
    await request.getByLabel('Comment').fill(comment);
    await request.getByRole('button', { name: 'Approve' }).click();
    await expect(request).toHaveCount(0);
  }
}
