import type { Db } from '../../db/client';
import { listAllocationsOfPayments } from '../../db/queries/payments';
import type { AllocationRecord } from './types';

/**
 * Each payment's allocations, in the order of `paymentIds`, in one query: the batch function
 * behind a per-request DataLoader. Callers were authorised for the payments.
 */
export async function loadAllocationsOfPayments(
  db: Db,
  paymentIds: readonly string[],
): Promise<AllocationRecord[][]> {
  const groups = new Map<string, AllocationRecord[]>(paymentIds.map((id) => [id, []]));
  for (const row of await listAllocationsOfPayments(db, paymentIds)) groups.get(row.paymentId)?.push(row);
  return paymentIds.map((id) => groups.get(id) ?? []);
}
