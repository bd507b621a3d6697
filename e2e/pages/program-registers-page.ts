import { expect, type Page } from '@playwright/test';

/** /program/risks, /raci, /training and /decisions: the migration program's registers. */
export class ProgramRegistersPage {
  constructor(
    private readonly page: Page,
    private readonly programId: string,
  ) {}

  async open(register: 'risks' | 'raci' | 'training' | 'decisions') {
    await this.page.goto(`/program/${register}?program=${this.programId}`);
  }

  async addRisk(title: string, probability: number, impact: number) {
    await this.page.getByRole('button', { name: 'Add risk' }).click();
    const form = this.page.getByRole('form', { name: 'Add a risk' });
    await form.getByLabel('Title').fill(title);
    await form.getByLabel('Probability', { exact: true }).selectOption(String(probability));
    await form.getByLabel('Impact', { exact: true }).selectOption(String(impact));
    await form.getByRole('button', { name: 'Add risk' }).click();
    await expect(form).toHaveCount(0);
  }

  /** The heat map's count of open risks at probability × impact. */
  heatCell(probability: number, impact: number) {
    return this.page.getByTestId(`heat-${probability}-${impact}`);
  }

  async assign(subject: string, person: string, part: string, options: { replace?: boolean } = {}) {
    const form = this.page.getByRole('form', { name: 'Assign a person' });
    if ((await form.count()) === 0) await this.page.getByRole('button', { name: 'Assign a person' }).click();
    await form.getByLabel('Area or milestone', { exact: true }).selectOption({ label: subject });
    await form.getByLabel('Person', { exact: true }).selectOption({ label: person });
    await form.getByLabel('Part', { exact: true }).selectOption(part);
    if (options.replace) await form.getByLabel('Replace the accountable person').check();
    await form.getByRole('button', { name: 'Assign' }).click();
    return form;
  }

  matrixRow(subject: string) {
    return this.page.getByRole('row', { name: new RegExp(`^${subject}`) }).first();
  }

  completion(trainee: string, module: string) {
    return this.page.getByRole('checkbox', { name: `${trainee} completed ${module}` });
  }

  async logDecision(title: string) {
    await this.page.getByRole('button', { name: 'Add entry' }).click();
    const form = this.page.getByRole('form', { name: 'Add a log entry' });
    await form.getByLabel('Title').fill(title);
    await form.getByRole('button', { name: 'Add to the log' }).click();
    await expect(form).toHaveCount(0);
  }
}
