import { listChecklistRows } from '../../../db/queries/program';
import type { ChecklistItemRow } from '../../../db/schema';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';

/**
 * The program's open blocking items.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function listBlockingItems(
  ctx: OperationContext,
  programId: string,
): Promise<ChecklistItemRow[]> {
  authorize(ctx.actor, 'program');
  return (await listChecklistRows(ctx.db, programId)).filter(
    (item) => item.blocking && item.status === 'open',
  );
}
