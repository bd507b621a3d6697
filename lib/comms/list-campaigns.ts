import { listCampaignRows } from '../../db/queries/comms';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import type { CampaignRow } from './types';

/** Every campaign, newest first. @throws AppError UNAUTHENTICATED, FORBIDDEN */
export async function listCampaigns({ db, actor }: OperationContext): Promise<CampaignRow[]> {
  authorize(actor, 'campaigns');
  return listCampaignRows(db);
}
