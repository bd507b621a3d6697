import { countCampaignDeliveries, listCampaignDeliveryRows } from '../../db/queries/comms';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { decodeCursor, type Page, type PageArgs, pageSize, toPage } from '../pagination';
import type { CampaignDeliveryRow, CommsDeliveryStatus } from './types';

export type DeliveryPage = Page<CampaignDeliveryRow> & { totalCount: number };

/**
 * A page of a campaign's deliveries in the order they go out (test sends first), of one
 * status when given, with how many there are in all: a campaign to 30,000 accounts is read
 * a page at a time, never whole.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT (page size, cursor)
 */
export async function listCampaignDeliveries(
  { db, actor }: OperationContext,
  campaignId: string,
  args: PageArgs & { status?: CommsDeliveryStatus | null | undefined },
): Promise<DeliveryPage> {
  authorize(actor, 'campaign');
  const limit = pageSize(args.first);
  const status = args.status ?? undefined;
  // The keyset cursor's instant is the delivery's send_after here.
  const after = args.after ? decodeCursor(args.after) : undefined;
  const [rows, totalCount] = await Promise.all([
    listCampaignDeliveryRows(db, {
      campaignId,
      status,
      limit,
      after: after ? { sendAfter: after.createdAt, id: after.id } : undefined,
    }),
    countCampaignDeliveries(db, campaignId, status),
  ]);
  return { ...toPage(rows, limit, (row) => ({ createdAt: row.sendAfter, id: row.id })), totalCount };
}
