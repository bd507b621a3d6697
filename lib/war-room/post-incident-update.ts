import { insertIncidentUpdate, lockIncident, updateIncident } from '../../db/queries/war-room';
import { actorLabel } from '../auth/actor';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import { isUuid } from '../uuid';
import { withReminder } from './incident-reminder';
import { BODY_MAX, type IncidentResult } from './open-incident';
import type { IncidentStatus } from './types';

export interface PostIncidentUpdateInput {
  incidentId: string;
  status: IncidentStatus;
  body: string;
}

const refuse = (code: UserError['code'], field: string[], message: string): IncidentResult => ({
  incident: null,
  userErrors: [userError(code, field, message)],
});

/**
 * Posts an update to an open incident: its status moves to the update's, the reminder
 * restarts, and a resolved update stamps resolvedAt (a resolved incident takes no more).
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing, program)
 */
export async function postIncidentUpdate(
  ctx: OperationContext,
  input: PostIncidentUpdateInput,
): Promise<IncidentResult> {
  authorize(ctx.actor, 'postIncidentUpdate');
  const body = input.body.trim();
  if (!body) return refuse('REQUIRED', ['input', 'body'], 'Say what changed.');
  if (body.length > BODY_MAX)
    return refuse('INVALID', ['input', 'body'], `Keep it under ${BODY_MAX} characters.`);
  if (!isUuid(input.incidentId))
    return refuse('NOT_FOUND', ['input', 'incidentId'], 'No incident has this id.');
  return ctx.db.transaction(async (tx) => {
    const incident = await lockIncident(tx, input.incidentId);
    if (!incident) return refuse('NOT_FOUND', ['input', 'incidentId'], 'No incident has this id.');
    if (incident.status === 'resolved')
      return refuse('INVALID_STATE', ['input', 'incidentId'], 'This incident is resolved; open a new one.');
    const update = await insertIncidentUpdate(tx, {
      incidentId: incident.id,
      status: input.status,
      body,
      author: actorLabel(ctx.actor),
    });
    const row = await updateIncident(tx, incident.id, {
      status: input.status,
      lastUpdateAt: update.at,
      resolvedAt: input.status === 'resolved' ? update.at : null,
    });
    return { incident: withReminder(row), userErrors: [] };
  });
}
