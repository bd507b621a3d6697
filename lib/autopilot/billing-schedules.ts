import {
  getBillingScheduleById,
  insertBillingSchedule,
  listBillingScheduleRows,
  updateBillingScheduleRow,
} from '../../db/queries/billing-schedules';
import type { BillingScheduleRow } from '../../db/schema';
import { actorLabel } from '../auth/actor';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import { isUuid } from '../uuid';
import { type BillingScheduleInput, billingScheduleValues } from './billing-schedule-input';
import { organizationZone } from './organization-zone';

type SchedulePayload = { billingSchedule: BillingScheduleRow | null; userErrors: UserError[] };

/** @throws AppError UNAUTHENTICATED, FORBIDDEN */
export async function listBillingSchedules({ db, actor }: OperationContext): Promise<BillingScheduleRow[]> {
  authorize(actor, 'billingSchedules');
  return listBillingScheduleRows(db);
}

/**
 * Adds a schedule. It runs from its next due moment: what was due before it existed is not
 * caught up on.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function createBillingSchedule(
  { db, actor }: OperationContext,
  input: BillingScheduleInput,
  now = new Date(),
): Promise<SchedulePayload> {
  authorize(actor, 'createBillingSchedule');
  const checked = await billingScheduleValues(db, input, await organizationZone(db), now);
  if ('userErrors' in checked) return { billingSchedule: null, userErrors: checked.userErrors };
  const billingSchedule = await insertBillingSchedule(db, {
    ...checked.values,
    createdBy: actorLabel(actor),
    activeSince: now,
  });
  return { billingSchedule, userErrors: [] };
}

/**
 * Changes a schedule. Enabled again, or given another day or time, it runs from its next due
 * moment: a run missed while it was off, or under the old timing, is not started afterwards.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function updateBillingSchedule(
  { db, actor }: OperationContext,
  id: string,
  input: BillingScheduleInput,
  now = new Date(),
): Promise<SchedulePayload> {
  authorize(actor, 'updateBillingSchedule');
  const existing = isUuid(id) ? await getBillingScheduleById(db, id) : null;
  if (!existing)
    return { billingSchedule: null, userErrors: [userError('NOT_FOUND', ['id'], 'No such schedule.')] };
  const checked = await billingScheduleValues(db, input, await organizationZone(db), now);
  if ('userErrors' in checked) return { billingSchedule: null, userErrors: checked.userErrors };
  const { values } = checked;
  const restarts =
    (values.enabled && !existing.enabled) ||
    values.cycle !== existing.cycle ||
    values.dayOfMonth !== existing.dayOfMonth ||
    values.lastDayOfMonth !== existing.lastDayOfMonth ||
    values.runTime !== existing.runTime;
  const billingSchedule = await updateBillingScheduleRow(db, id, {
    ...values,
    ...(restarts ? { activeSince: now } : {}),
  });
  return { billingSchedule, userErrors: [] };
}
