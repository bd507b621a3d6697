import { type DueDunningAction, listDueDunningActions } from '../../db/queries/dunning';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { addDays, isSaneIsoDate, todayIso } from '../dates';
import { AppError } from '../errors';

/** Actions listed at most: a preview to read, not an export. */
export const PREVIEW_LIMIT = 200;

/**
 * The dunning actions a day's passes will take (tomorrow when no day is given), before they
 * happen: per open invoice, the step it will reach, with its channels and template.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT (a day that is not one)
 */
export async function previewDunning(
  { db, actor }: OperationContext,
  args: { on?: string | null | undefined },
): Promise<{ on: string; actions: DueDunningAction[] }> {
  authorize(actor, 'dunningPreview');
  const on = args.on ?? addDays(todayIso(), 1);
  if (!isSaneIsoDate(on)) throw new AppError('BAD_USER_INPUT', `"${on}" is not a date.`);
  return { on, actions: await listDueDunningActions(db, on, PREVIEW_LIMIT) };
}
