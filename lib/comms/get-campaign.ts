import { getCampaignById } from '../../db/queries/comms';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { isUuid } from '../uuid';
import type { CampaignRow } from './types';

/** One campaign, or null. @throws AppError UNAUTHENTICATED, FORBIDDEN */
export async function getCampaign({ db, actor }: OperationContext, id: string): Promise<CampaignRow | null> {
  authorize(actor, 'campaign');
  return isUuid(id) ? getCampaignById(db, id) : null;
}
