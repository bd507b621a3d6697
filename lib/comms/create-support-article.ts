import { getCampaignById, insertSupportArticle } from '../../db/queries/comms';
import { actorLabel } from '../auth/actor';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import { isUuid } from '../uuid';
import type { SupportArticleRow } from './types';

export const supportArticleKinds = ['script', 'faq'] as const;

/**
 * A support script or FAQ, optionally linked to the campaign it answers for.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, program)
 */
export async function createSupportArticle(
  ctx: OperationContext,
  input: { kind: string; title: string; body: string; campaignId?: string | null },
): Promise<{ article: SupportArticleRow | null; userErrors: UserError[] }> {
  authorize(ctx.actor, 'createSupportArticle');
  const refuse = (field: string, message: string, code: UserError['code'] = 'INVALID') => ({
    article: null,
    userErrors: [userError(code, ['input', field], message)],
  });
  if (!(supportArticleKinds as readonly string[]).includes(input.kind))
    return refuse('kind', 'A script or a faq.');
  if (!input.title.trim()) return refuse('title', 'Give it a title.', 'REQUIRED');
  if (!input.body.trim()) return refuse('body', 'Write it.', 'REQUIRED');
  if (input.campaignId && !(isUuid(input.campaignId) && (await getCampaignById(ctx.db, input.campaignId))))
    return refuse('campaignId', 'No campaign has this id.', 'NOT_FOUND');
  const article = await insertSupportArticle(ctx.db, {
    kind: input.kind,
    title: input.title.trim(),
    body: input.body,
    campaignId: input.campaignId ?? null,
    createdBy: actorLabel(ctx.actor),
  });
  return { article, userErrors: [] };
}
