import { type DunningStageRow, listDunningStageRows } from '../../db/queries/dunning';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { isSaneIsoDate, todayIso } from '../dates';
import { AppError } from '../errors';

/**
 * Open invoices by dunning stage on a day (today when none): current (not yet due), past due
 * and not yet dunned, then each step as the last one taken; one row per stage and currency,
 * amounts summed by the database.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT (a day that is not one)
 */
export async function listDunningStages(
  { db, actor }: OperationContext,
  args: { asOf?: string | null | undefined },
): Promise<DunningStageRow[]> {
  authorize(actor, 'dunningStages');
  const asOf = args.asOf ?? todayIso();
  if (!isSaneIsoDate(asOf)) throw new AppError('BAD_USER_INPUT', `"${asOf}" is not a date.`);
  return listDunningStageRows(db, asOf);
}
