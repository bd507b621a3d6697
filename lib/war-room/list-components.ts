import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { readComponents } from './read-components';
import type { ComponentRecord } from './types';

/** The war room's components with their states. @throws AppError UNAUTHENTICATED, FORBIDDEN */
export async function listComponents({ db, actor }: OperationContext): Promise<ComponentRecord[]> {
  authorize(actor, 'components');
  return readComponents(db);
}
