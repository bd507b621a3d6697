import { getMessageTemplateById } from '../../db/queries/comms';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import type { MessageTemplateRow } from './types';

/** One message template, or null. @throws AppError UNAUTHENTICATED, FORBIDDEN */
export async function getMessageTemplate(
  { db, actor }: OperationContext,
  id: string,
): Promise<MessageTemplateRow | null> {
  authorize(actor, 'messageTemplate');
  return getMessageTemplateById(db, id);
}
