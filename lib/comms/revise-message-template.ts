import {
  getLastTemplateVersionNumber,
  getMessageTemplateById,
  insertTemplateVersion,
  lockMessageTemplate,
} from '../../db/queries/comms';
import { actorLabel } from '../auth/actor';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import { isUuid } from '../uuid';
import { messageTemplateTextProblems } from './message-template-text';
import type { MessageTemplateRow } from './types';

/**
 * Saves an edit as the template's next version; campaigns keep the version they were made with.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, program)
 */
export async function reviseMessageTemplate(
  ctx: OperationContext,
  input: { templateId: string; subject: string; body: string },
): Promise<{ template: MessageTemplateRow | null; userErrors: UserError[] }> {
  authorize(ctx.actor, 'reviseMessageTemplate');
  const template = isUuid(input.templateId) ? await getMessageTemplateById(ctx.db, input.templateId) : null;
  if (!template)
    return {
      template: null,
      userErrors: [userError('NOT_FOUND', ['input', 'templateId'], 'No template has this id.')],
    };
  const problems = messageTemplateTextProblems(input.subject, input.body);
  if (problems.length > 0) return { template: null, userErrors: problems };
  await ctx.db.transaction(async (tx) => {
    // The row lock on the template orders concurrent revisions: each gets its own number.
    await lockMessageTemplate(tx, template.id);
    const last = await getLastTemplateVersionNumber(tx, template.id);
    await insertTemplateVersion(tx, {
      templateId: template.id,
      version: last + 1,
      subject: input.subject.trim(),
      body: input.body,
      createdBy: actorLabel(ctx.actor),
    });
  });
  return { template, userErrors: [] };
}
