import { lockIncident, updateIncident } from '../../db/queries/war-room';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import { isUuid } from '../uuid';
import { withReminder } from './incident-reminder';
import { type IncidentResult, leadProblem } from './open-incident';

const refuse = (code: UserError['code'], field: string[], message: string): IncidentResult => ({
  incident: null,
  userErrors: [userError(code, field, message)],
});

export interface AssignIncidentLeadInput {
  incidentId: string;
  leadId: string;
}

/**
 * Hands an incident to a lead (anyone who may post updates).
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing, program)
 */
export async function assignIncidentLead(
  ctx: OperationContext,
  input: AssignIncidentLeadInput,
): Promise<IncidentResult> {
  authorize(ctx.actor, 'assignIncidentLead');
  if (!isUuid(input.incidentId))
    return refuse('NOT_FOUND', ['input', 'incidentId'], 'No incident has this id.');
  const problem = await leadProblem(ctx.db, input.leadId, ['input', 'leadId']);
  if (problem) return { incident: null, userErrors: [problem] };
  return ctx.db.transaction(async (tx) => {
    const incident = await lockIncident(tx, input.incidentId);
    if (!incident) return refuse('NOT_FOUND', ['input', 'incidentId'], 'No incident has this id.');
    const row = await updateIncident(tx, incident.id, { leadId: input.leadId });
    return { incident: withReminder(row), userErrors: [] };
  });
}
