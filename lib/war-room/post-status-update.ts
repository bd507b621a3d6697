import { insertStatusUpdate } from '../../db/queries/war-room';
import type { WarRoomStatusUpdateRow } from '../../db/schema';
import { actorLabel } from '../auth/actor';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import { BODY_MAX } from './open-incident';

/**
 * Posts a status update for everyone in the war room; the latest one heads the page.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing, program)
 */
export async function postStatusUpdate(
  ctx: OperationContext,
  input: { body: string },
): Promise<{ statusUpdate: WarRoomStatusUpdateRow | null; userErrors: UserError[] }> {
  authorize(ctx.actor, 'postStatusUpdate');
  const body = input.body.trim();
  if (!body)
    return {
      statusUpdate: null,
      userErrors: [userError('REQUIRED', ['input', 'body'], 'Write the update.')],
    };
  if (body.length > BODY_MAX)
    return {
      statusUpdate: null,
      userErrors: [userError('INVALID', ['input', 'body'], `Keep it under ${BODY_MAX} characters.`)],
    };
  const statusUpdate = await insertStatusUpdate(ctx.db, { body, author: actorLabel(ctx.actor) });
  return { statusUpdate, userErrors: [] };
}
