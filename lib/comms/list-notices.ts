import { listNoticesOfAccount } from '../../db/queries/comms';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { isUuid } from '../uuid';
import type { NoticeRow } from './types';

/** The notices posted to an account, every channel, newest first. @throws AppError UNAUTHENTICATED, FORBIDDEN */
export async function listNotices({ db, actor }: OperationContext, accountId: string): Promise<NoticeRow[]> {
  authorize(actor, 'notices');
  return isUuid(accountId) ? listNoticesOfAccount(db, accountId) : [];
}
