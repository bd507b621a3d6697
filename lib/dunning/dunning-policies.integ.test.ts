import { describe, expect, it } from 'vitest';
import { listDunningPolicyRows } from '../../db/queries/dunning';
import { setUpTestDatabase } from '../../seed/set-up-test-database';
import { createMessageTemplate } from '../comms/create-message-template';
import { createDunningPolicy } from './create-dunning-policy';
import { deleteDunningPolicy } from './delete-dunning-policy';
import { listDunningPolicies } from './list-dunning-policies';
import { updateDunningPolicy } from './update-dunning-policy';

const database = setUpTestDatabase();
const ctx = () => database.ctx();

async function template(
  body = 'Invoice {{invoiceNumber}}: {{amountDue}} was due {{dueDate}}. Pay: {{paymentLink}}',
) {
  const { template } = await createMessageTemplate(ctx(), {
    name: 'Reminder',
    subject: 'Overdue {{invoiceNumber}}',
    body,
  });
  if (!template) throw new Error('no template');
  return template.id;
}

describe('dunning policies', () => {
  it('has the Standard policy as the default, with the schedule dunning had before policies', async () => {
    const [standard] = await listDunningPolicies(ctx());
    expect(standard).toMatchObject({ name: 'Standard', isDefault: true });
    expect(standard?.steps.map((step) => [step.daysAfterDue, step.action, step.templateId])).toEqual([
      [7, 'reminder', null],
      [14, 'reminder', null],
      [30, 'final_notice', null],
      [45, 'suspend', null],
    ]);
  });

  it('creates a policy with steps in day order, names them, and makes it the one default when asked', async () => {
    const templateId = await template();
    const { policy, userErrors } = await createDunningPolicy(ctx(), {
      name: 'Key accounts',
      isDefault: true,
      steps: [
        { daysAfterDue: 60, action: 'collections' },
        { daysAfterDue: 5, action: 'reminder', templateId, channels: ['email', 'portal'] },
        { daysAfterDue: 20, action: 'final_notice', name: 'Last call', templateId, channels: ['email'] },
      ],
    });
    expect(userErrors).toEqual([]);
    expect(policy?.steps.map((step) => [step.position, step.daysAfterDue, step.name, step.channels])).toEqual(
      [
        [1, 5, 'Reminder', ['email', 'portal']],
        [2, 20, 'Last call', ['email']],
        [3, 60, 'Hand-over to collections', []],
      ],
    );
    const defaults = (await listDunningPolicyRows(database.db)).filter((row) => row.isDefault);
    expect(defaults.map((row) => row.name)).toEqual(['Key accounts']);
    // Back to Standard as the default, for the other tests.
    const standard = (await listDunningPolicyRows(database.db)).find((row) => row.name === 'Standard');
    await updateDunningPolicy(ctx(), { policyId: standard?.id ?? '', isDefault: true });
  });

  it('refuses bad steps with typed errors and saves nothing', async () => {
    const before = await listDunningPolicyRows(database.db);
    const cutoverTemplate = await template('We move on {{cutoverDate}}.');
    const { policy, userErrors } = await createDunningPolicy(ctx(), {
      name: 'Standard',
      steps: [
        { daysAfterDue: -3, action: 'reminder' },
        {
          daysAfterDue: 10,
          action: 'reminder',
          templateId: '5a0a4c3e-0000-4000-8000-000000000000',
          channels: ['email'],
        },
        { daysAfterDue: 10, action: 'second_reminder' },
        { daysAfterDue: 12, action: 'reminder', channels: ['portal'] },
        { daysAfterDue: 15, action: 'final_notice', templateId: cutoverTemplate, channels: ['email'] },
        { daysAfterDue: 20, action: 'collections' },
        { daysAfterDue: 30, action: 'suspend' },
        { daysAfterDue: 40, action: 'suspend' },
      ],
    });
    expect(policy).toBeNull();
    expect(userErrors.map((error) => [error.code, error.field?.join('.')])).toEqual([
      ['TAKEN', 'input.name'],
      ['INVALID', 'input.steps.0.daysAfterDue'],
      ['NOT_FOUND', 'input.steps.1.templateId'],
      ['TAKEN', 'input.steps.2.daysAfterDue'],
      ['REQUIRED', 'input.steps.3.templateId'],
      ['INVALID', 'input.steps.4.templateId'],
      ['INVALID', 'input.steps.7.action'],
      ['INVALID', 'input.steps.5.action'],
    ]);
    expect(userErrors.find((error) => error.field?.[2] === '4')?.message).toContain('{{cutoverDate}}');
    expect(await listDunningPolicyRows(database.db)).toEqual(before);
  });

  it('updates steps keeping the ids given and retiring the others; refuses to un-default or delete the default', async () => {
    const templateId = await template();
    const { policy } = await createDunningPolicy(ctx(), {
      name: 'Gentle',
      steps: [
        { daysAfterDue: 10, action: 'reminder', templateId, channels: ['email'] },
        { daysAfterDue: 30, action: 'final_notice' },
      ],
    });
    const [first] = policy?.steps ?? [];
    const updated = await updateDunningPolicy(ctx(), {
      policyId: policy?.id ?? '',
      name: 'Gentler',
      steps: [
        { id: first?.id, daysAfterDue: 14, action: 'reminder', templateId, channels: ['email'] },
        { daysAfterDue: 40, action: 'second_reminder', templateId, channels: ['portal'] },
      ],
    });
    expect(updated.userErrors).toEqual([]);
    expect(updated.policy?.name).toBe('Gentler');
    expect(
      updated.policy?.steps.map((step) => [step.id === first?.id, step.daysAfterDue, step.action]),
    ).toEqual([
      [true, 14, 'reminder'],
      [false, 40, 'second_reminder'],
    ]);

    // Steps alone.
    const stepsOnly = await updateDunningPolicy(ctx(), {
      policyId: policy?.id ?? '',
      steps: [{ id: first?.id, daysAfterDue: 14, action: 'reminder', templateId, channels: ['email'] }],
    });
    expect(stepsOnly.policy?.steps.map((step) => step.daysAfterDue)).toEqual([14]);

    const foreign = await updateDunningPolicy(ctx(), {
      policyId: policy?.id ?? '',
      steps: [{ id: '5a0a4c3e-0000-4000-8000-000000000001', daysAfterDue: 3, action: 'reminder' }],
    });
    expect(foreign.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);

    const standard = (await listDunningPolicyRows(database.db)).find((row) => row.isDefault);
    expect(
      (await updateDunningPolicy(ctx(), { policyId: standard?.id ?? '', isDefault: false })).userErrors,
    ).toEqual([expect.objectContaining({ code: 'INVALID_STATE' })]);
    expect((await deleteDunningPolicy(ctx(), { policyId: standard?.id ?? '' })).userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_STATE' }),
    ]);
    expect(await deleteDunningPolicy(ctx(), { policyId: policy?.id ?? '' })).toEqual({
      deletedPolicyId: policy?.id,
      userErrors: [],
    });
    expect((await deleteDunningPolicy(ctx(), { policyId: policy?.id ?? '' })).userErrors[0]?.code).toBe(
      'NOT_FOUND',
    );
  });
});
