import { listSupportArticleRows } from '../../db/queries/comms';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import type { SupportArticleRow } from './types';

/** Support scripts and FAQs, newest first; those of one campaign when given. @throws AppError UNAUTHENTICATED, FORBIDDEN */
export async function listSupportArticles(
  { db, actor }: OperationContext,
  campaignId?: string | null,
): Promise<SupportArticleRow[]> {
  authorize(actor, 'supportArticles');
  return listSupportArticleRows(db, campaignId);
}
