import type { ChecklistItemRow } from '../../../db/schema';

/** Open and past its due date. */
export function isChecklistItemOverdue(item: Pick<ChecklistItemRow, 'status' | 'dueOn'>, today: string) {
  return item.status === 'open' && item.dueOn !== null && item.dueOn < today;
}
