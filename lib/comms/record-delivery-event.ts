import { getCampaignDeliveryByMessageId, updateCampaignDelivery } from '../../db/queries/comms';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import type { CampaignDeliveryRow, DeliveryEvent } from './types';

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
  const delivery = await getCampaignDeliveryByMessageId(ctx.db, input.messageId.trim());
  if (!delivery)
    return {
      delivery: null,
      userErrors: [userError('NOT_FOUND', ['input', 'messageId'], 'No message was sent with this id.')],
    };
  if (delivery.status === 'bounced' || !['sent', 'delivered'].includes(delivery.status))
    return { delivery, userErrors: [] };
  const updated = await updateCampaignDelivery(ctx.db, delivery.id, {
    status: input.event,
    error: input.event === 'bounced' ? input.detail?.trim() || 'bounced' : delivery.error,
  });
  return { delivery: updated ?? delivery, userErrors: [] };
}
