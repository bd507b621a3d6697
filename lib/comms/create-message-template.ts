import { insertMessageTemplate, insertTemplateVersion } from '../../db/queries/comms';
import { actorLabel } from '../auth/actor';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import { messageTemplateTextProblems } from './message-template-text';
import type { MessageTemplateRow } from './types';

/**
 * A new message template, as its version 1.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, program)
 */
export async function createMessageTemplate(
  ctx: OperationContext,
  input: { name: string; subject: string; body: string },
): Promise<{ template: MessageTemplateRow | null; userErrors: UserError[] }> {
  authorize(ctx.actor, 'createMessageTemplate');
  const name = input.name.trim();
  const problems = [
    ...(name ? [] : [userError('REQUIRED', ['input', 'name'], 'Name the template.')]),
    ...messageTemplateTextProblems(input.subject, input.body),
  ];
  if (problems.length > 0) return { template: null, userErrors: problems };
  const template = await ctx.db.transaction(async (tx) => {
    const row = await insertMessageTemplate(tx, { name, createdBy: actorLabel(ctx.actor) });
    await insertTemplateVersion(tx, {
      templateId: row.id,
      version: 1,
      subject: input.subject.trim(),
      body: input.body,
      createdBy: actorLabel(ctx.actor),
    });
    return row;
  });
  return { template, userErrors: [] };
}
