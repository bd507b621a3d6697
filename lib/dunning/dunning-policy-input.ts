import type { Db } from '../../db/client';
import { getTemplatesByIds, listVersionsOfTemplates } from '../../db/queries/comms';
import type { DunningStepFields } from '../../db/queries/dunning';
import type { DunningChannel, DunningStepRow } from '../../db/schema';
import { asPlaceholders, missingVariables, type RecipientValues } from '../comms/template-variables';
import { type UserError, userError } from '../errors';
import { isUuid } from '../uuid';
import { DUNNING_VARIABLES } from './dunning-message';

export type DunningAction = DunningStepRow['action'];

export interface DunningStepInput {
  id?: string | null | undefined;
  daysAfterDue: number;
  action: DunningAction;
  name?: string | null | undefined;
  templateId?: string | null | undefined;
  channels?: readonly DunningChannel[] | null | undefined;
}

/** The longest a step may wait after the due date: the database's own bound. */
export const MAX_DAYS_AFTER_DUE = 3650;

const defaultNames: Record<DunningAction, string> = {
  reminder: 'Reminder',
  second_reminder: 'Second reminder',
  final_notice: 'Final notice',
  suspend: 'Suspension',
  collections: 'Hand-over to collections',
};

/** Every variable a dunning message fills, with a stand-in value: what a step's template may use. */
const dunningFilled: RecipientValues = Object.fromEntries(DUNNING_VARIABLES.map((name) => [name, name]));

/**
 * The steps as stored (in day order, each named), or what is wrong with them: a day that is
 * not 1 to 3650 or is used twice (two steps on one day have no order), a step id that is not
 * one of the policy's, a template that does not exist or uses a variable dunning does not fill
 * ({{cutoverDate}}), a template without a channel or a channel without a template, more than
 * one suspension or hand-over, or a hand-over that is not the last step (after it the invoice
 * is the agency's).
 */
export async function checkDunningSteps(
  db: Db,
  steps: readonly DunningStepInput[],
  policyStepIds: ReadonlySet<string>,
): Promise<{ steps: DunningStepFields[]; problems: UserError[] }> {
  const problems: UserError[] = [];
  const at = (index: number, field: string) => ['input', 'steps', String(index), field];
  const templateIds = [
    ...new Set(
      steps.flatMap((step) => (step.templateId && isUuid(step.templateId) ? [step.templateId] : [])),
    ),
  ];
  const templates = new Set((await getTemplatesByIds(db, templateIds)).map((template) => template.id));
  const newest = new Map<string, { subject: string; body: string }>();
  for (const version of await listVersionsOfTemplates(db, templateIds))
    if (!newest.has(version.templateId)) newest.set(version.templateId, version);
  const seenDays = new Set<number>();
  for (const [index, step] of steps.entries()) {
    if (step.id && !policyStepIds.has(step.id))
      problems.push(userError('NOT_FOUND', at(index, 'id'), 'This step is not one of the policy’s.'));
    if (
      !Number.isInteger(step.daysAfterDue) ||
      step.daysAfterDue < 1 ||
      step.daysAfterDue > MAX_DAYS_AFTER_DUE
    )
      problems.push(
        userError(
          'INVALID',
          at(index, 'daysAfterDue'),
          `Take the step 1 to ${MAX_DAYS_AFTER_DUE} days after the due date.`,
        ),
      );
    else if (seenDays.has(step.daysAfterDue))
      problems.push(
        userError(
          'TAKEN',
          at(index, 'daysAfterDue'),
          `Another step is already taken ${step.daysAfterDue} days after the due date.`,
        ),
      );
    seenDays.add(step.daysAfterDue);
    const channels = step.channels ?? [];
    if (step.templateId) {
      if (!templates.has(step.templateId))
        problems.push(userError('NOT_FOUND', at(index, 'templateId'), 'No message template has this id.'));
      else {
        const version = newest.get(step.templateId);
        const missing = version ? missingVariables([version.subject, version.body], dunningFilled) : [];
        if (missing.length > 0)
          problems.push(
            userError(
              'INVALID',
              at(index, 'templateId'),
              `The template uses ${asPlaceholders(missing)}, which dunning messages have no value for.`,
            ),
          );
      }
      if (channels.length === 0)
        problems.push(
          userError(
            'REQUIRED',
            at(index, 'channels'),
            'Choose where the message goes: email, portal or both.',
          ),
        );
    } else if (channels.length > 0)
      problems.push(userError('REQUIRED', at(index, 'templateId'), 'Choose the message template to send.'));
  }
  const ordered = steps
    .map((step, index) => ({ step, index }))
    .sort((a, b) => a.step.daysAfterDue - b.step.daysAfterDue);
  for (const action of ['suspend', 'collections'] as const) {
    const those = ordered.filter(({ step }) => step.action === action);
    for (const extra of those.slice(1))
      problems.push(
        userError(
          'INVALID',
          at(extra.index, 'action'),
          `A policy has at most one ${defaultNames[action].toLowerCase()} step.`,
        ),
      );
  }
  const handOver = ordered.findIndex(({ step }) => step.action === 'collections');
  if (handOver >= 0 && handOver < ordered.length - 1)
    problems.push(
      userError(
        'INVALID',
        at(ordered[handOver]?.index ?? 0, 'action'),
        'The hand-over to collections is the last step: after it the invoice is the agency’s.',
      ),
    );
  return {
    problems,
    steps: ordered.map(({ step }) => ({
      id: step.id ?? null,
      daysAfterDue: step.daysAfterDue,
      action: step.action,
      name: step.name?.trim() || defaultNames[step.action],
      templateId: step.templateId ?? null,
      channels: [...new Set(step.channels ?? [])],
    })),
  };
}
