import { listAudienceRows } from '../../db/queries/comms';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import type { AudienceRow } from './types';

/** Every audience, newest first. @throws AppError UNAUTHENTICATED, FORBIDDEN */
export async function listAudiences({ db, actor }: OperationContext): Promise<AudienceRow[]> {
  authorize(actor, 'audiences');
  return listAudienceRows(db);
}
