import { expect, type Page } from '@playwright/test';

/** /war-room: the live cutover picture, its incidents and status updates. */
export class WarRoomPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto('/war-room');
    await expect(this.page.getByRole('heading', { name: 'War room', exact: true, level: 1 })).toBeVisible();
    await expect(this.page.getByTestId('component-bill_runs')).toBeVisible();
  }

  /** A bill run's row (in progress or among the latest). */
  billRun(id: string) {
    return this.page.getByTestId(`war-room-bill-run-${id}`).first();
  }

  /** Marks the window so a full reload would show (the marker is gone after one). */
  async markWindow() {
    await this.page.evaluate(() => Object.assign(window, { stillTheSameWarRoom: true }));
  }

  async isSameWindow() {
    return this.page.evaluate(() => 'stillTheSameWarRoom' in window);
  }

  async openIncident(fields: {
    title: string;
    severity: 'Sev 1' | 'Sev 2' | 'Sev 3' | 'Sev 4';
    component: string;
    summary: string;
  }) {
    const form = this.page.getByRole('form', { name: 'Open an incident' });
    await form.getByLabel('Title').fill(fields.title);
    await form.getByLabel('Severity').selectOption({ label: fields.severity });
    await form.getByLabel('Component').selectOption({ label: fields.component });
    await form.getByLabel('What is known so far').fill(fields.summary);
    await form.getByRole('button', { name: 'Open incident' }).click();
  }

  incident(title: string) {
    return this.page.getByTestId('war-room-incident').filter({ hasText: title });
  }

  async postIncidentUpdate(title: string, status: string, body: string) {
    const form = this.page.getByRole('form', { name: `Update ${title}` });
    await form.getByLabel('Status').selectOption({ label: status });
    await form.getByLabel('Update').fill(body);
    await form.getByRole('button', { name: 'Post update' }).click();
  }

  component(key: string) {
    return this.page.getByTestId(`component-${key}`);
  }

  /** Sets a component's state by hand; 'From its check' clears it. */
  async setComponentState(component: string, state: string, note: string) {
    const form = this.page.getByRole('form', { name: "Set a component's state" });
    await form.getByLabel('Component').selectOption({ label: component });
    await form.getByLabel('State').selectOption({ label: state });
    await form.getByLabel('Note').fill(note);
    await form.getByRole('button', { name: 'Set state' }).click();
  }

  async postStatusUpdate(body: string) {
    const form = this.page.getByRole('form', { name: 'Post a status update' });
    await form.getByLabel('New status update').fill(body);
    await form.getByRole('button', { name: 'Post status update' }).click();
  }
}
