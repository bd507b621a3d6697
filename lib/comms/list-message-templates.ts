import { listMessageTemplateRows } from '../../db/queries/comms';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import type { MessageTemplateRow } from './types';

/** Every message template, newest first. @throws AppError UNAUTHENTICATED, FORBIDDEN */
export async function listMessageTemplates({ db, actor }: OperationContext): Promise<MessageTemplateRow[]> {
  authorize(actor, 'messageTemplates');
  return listMessageTemplateRows(db);
}
