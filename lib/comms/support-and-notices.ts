import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  type CampaignDeliveryRow,
  campaignDeliveries,
  notices,
  type SupportArticleRow,
  supportArticles,
} from '../../db/schema';
import { actorLabel } from '../auth/actor';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import { isUuid } from '../uuid';
import { getCampaign } from './campaigns';
import type { DeliveryEvent } from './types';

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
  if (input.campaignId && !(await getCampaign(ctx.db, input.campaignId)))
    return refuse('campaignId', 'No campaign has this id.', 'NOT_FOUND');
  const [article] = await ctx.db
    .insert(supportArticles)
    .values({
      kind: input.kind,
      title: input.title.trim(),
      body: input.body,
      campaignId: input.campaignId ?? null,
      createdBy: actorLabel(ctx.actor),
    })
    .returning();
  return { article: article ?? null, userErrors: [] };
}

export function listSupportArticles(db: Db, campaignId?: string | null) {
  return db
    .select()
    .from(supportArticles)
    .where(campaignId ? eq(supportArticles.campaignId, campaignId) : undefined)
    .orderBy(desc(supportArticles.createdAt));
}

export function listNotices(db: Db, accountId: string) {
  if (!isUuid(accountId)) return Promise.resolve([]);
  return db.select().from(notices).where(eq(notices.accountId, accountId)).orderBy(desc(notices.createdAt));
}

/** Emails kept in the outbox (no SMTP server), newest first. */
export function listOutbox(db: Db, first: number) {
  return db
    .select()
    .from(campaignDeliveries)
    .where(eq(campaignDeliveries.transport, 'outbox'))
    .orderBy(desc(campaignDeliveries.sentAt))
    .limit(Math.max(1, Math.min(first, 500)));
}

/**
 * What a mail provider reported after sending: delivered, or bounced later. Found by the
 * Message-ID it was sent with; a bounce stays a bounce.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, program)
 */
export async function recordDeliveryEvent(
  ctx: OperationContext,
  input: { messageId: string; event: DeliveryEvent; detail?: string | null },
): Promise<{ delivery: CampaignDeliveryRow | null; userErrors: UserError[] }> {
  authorize(ctx.actor, 'recordDeliveryEvent');
  const [delivery] = await ctx.db
    .select()
    .from(campaignDeliveries)
    .where(eq(campaignDeliveries.messageId, input.messageId.trim()));
  if (!delivery)
    return {
      delivery: null,
      userErrors: [userError('NOT_FOUND', ['input', 'messageId'], 'No message was sent with this id.')],
    };
  if (delivery.status === 'bounced' || !['sent', 'delivered'].includes(delivery.status))
    return { delivery, userErrors: [] };
  const [updated] = await ctx.db
    .update(campaignDeliveries)
    .set({
      status: input.event,
      error: input.event === 'bounced' ? input.detail?.trim() || 'bounced' : delivery.error,
      updatedAt: new Date(),
    })
    .where(and(eq(campaignDeliveries.id, delivery.id)))
    .returning();
  return { delivery: updated ?? delivery, userErrors: [] };
}
