import { listChecklistRows } from '../../../db/queries/program';
import type { ChecklistItemRow } from '../../../db/schema';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';
import { todayIso } from '../../dates';
import type { ChecklistArea, ChecklistItemStatus } from '../types';
import { isChecklistItemOverdue } from './is-checklist-item-overdue';

export interface ChecklistFilter {
  area?: ChecklistArea | null;
  status?: ChecklistItemStatus | null;
  blocking?: boolean | null;
  /** Owned by the signed-in user. */
  mine?: boolean | null;
  overdue?: boolean | null;
}

/**
 * The program's checklist items by area and position, those matching every filter given.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function listChecklistItems(
  ctx: OperationContext,
  programId: string,
  filter?: ChecklistFilter | null,
): Promise<ChecklistItemRow[]> {
  authorize(ctx.actor, 'program');
  const items = await listChecklistRows(ctx.db, programId);
  const today = todayIso();
  const me = ctx.actor.kind === 'user' ? ctx.actor.user.id : null;
  return items.filter(
    (item) =>
      (!filter?.area || item.area === filter.area) &&
      (!filter?.status || item.status === filter.status) &&
      (filter?.blocking === undefined || filter.blocking === null || item.blocking === filter.blocking) &&
      (!filter?.mine || item.ownerId === me) &&
      (!filter?.overdue || isChecklistItemOverdue(item, today)),
  );
}
