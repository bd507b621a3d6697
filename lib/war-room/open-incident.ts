import type { Db } from '../../db/client';
import { getUserById } from '../../db/queries/users';
import { insertIncident, insertIncidentUpdate } from '../../db/queries/war-room';
import { actorLabel } from '../auth/actor';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import { isUuid } from '../uuid';
import { componentDefinitions, isComponentKey } from './component-checks';
import { withReminder } from './incident-reminder';
import type { IncidentRecord, IncidentSeverity } from './types';

export interface OpenIncidentInput {
  title: string;
  severity: IncidentSeverity;
  /** The component it affects, by key (e.g. bill_runs). */
  componentKey?: string | null;
  /** Who leads it; anyone who may post updates. */
  leadId?: string | null;
  /** Minutes between updates owed; 30 when absent. */
  updateCadenceMinutes?: number | null;
  /** What is known so far; recorded as the first update (investigating). */
  summary?: string | null;
}

export type IncidentResult = { incident: IncidentRecord | null; userErrors: UserError[] };

export const TITLE_MAX = 200;
export const BODY_MAX = 4000;
/** A day: an update owed less often than that is no reminder at all. */
export const CADENCE_MAX_MINUTES = 1440;

/** Null when the user can lead an incident, else the problem. Leads post updates, so viewers cannot lead. */
export async function leadProblem(db: Db, leadId: string, field: string[]): Promise<UserError | null> {
  const lead = isUuid(leadId) ? await getUserById(db, leadId) : null;
  if (!lead?.isActive) return userError('NOT_FOUND', field, 'No active user has this id.');
  if (lead.role === 'viewer')
    return userError(
      'INVALID',
      field,
      `${lead.name} is a viewer and cannot post updates; choose someone who can.`,
    );
  return null;
}

/**
 * Opens an incident (investigating), with a lead and the cadence its updates are owed at.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing, program)
 */
export async function openIncident(ctx: OperationContext, input: OpenIncidentInput): Promise<IncidentResult> {
  authorize(ctx.actor, 'openIncident');
  const userErrors: UserError[] = [];
  const title = input.title.trim();
  if (!title) userErrors.push(userError('REQUIRED', ['input', 'title'], 'Give the incident a title.'));
  else if (title.length > TITLE_MAX)
    userErrors.push(
      userError('INVALID', ['input', 'title'], `Keep the title under ${TITLE_MAX} characters.`),
    );
  if (input.componentKey && !isComponentKey(input.componentKey))
    userErrors.push(
      userError(
        'NOT_FOUND',
        ['input', 'componentKey'],
        `No component has this key; the keys are ${componentDefinitions.map((d) => d.key).join(', ')}.`,
      ),
    );
  const cadence = input.updateCadenceMinutes ?? 30;
  if (!Number.isInteger(cadence) || cadence < 1 || cadence > CADENCE_MAX_MINUTES)
    userErrors.push(
      userError(
        'INVALID',
        ['input', 'updateCadenceMinutes'],
        `Updates are owed every 1 to ${CADENCE_MAX_MINUTES} minutes.`,
      ),
    );
  const summary = input.summary?.trim() || null;
  if (summary && summary.length > BODY_MAX)
    userErrors.push(userError('INVALID', ['input', 'summary'], `Keep it under ${BODY_MAX} characters.`));
  if (input.leadId) {
    const problem = await leadProblem(ctx.db, input.leadId, ['input', 'leadId']);
    if (problem) userErrors.push(problem);
  }
  if (userErrors.length > 0) return { incident: null, userErrors };

  const author = actorLabel(ctx.actor);
  const row = await ctx.db.transaction(async (tx) => {
    const incident = await insertIncident(tx, {
      title,
      severity: input.severity,
      componentKey: input.componentKey || null,
      leadId: input.leadId || null,
      updateCadenceMinutes: cadence,
      openedBy: author,
    });
    if (summary)
      await insertIncidentUpdate(tx, {
        incidentId: incident.id,
        status: 'investigating',
        body: summary,
        author,
      });
    return incident;
  });
  return { incident: withReminder(row), userErrors: [] };
}
