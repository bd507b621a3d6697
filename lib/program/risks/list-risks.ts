import { listRisksOfProgram } from '../../../db/queries/risks';
import type { RiskRow } from '../../../db/schema';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';
import { todayIso } from '../../dates';
import { isUuid } from '../../uuid';
import type { RiskStatus } from '../register-types';

export interface RiskListFilter {
  status?: RiskStatus | null;
  ownerId?: string | null;
  /** Only risks past their review date and not closed. */
  reviewOverdue?: boolean | null;
}

/**
 * A program's risks, highest score first; empty for an unknown program.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function listRisks(
  { db, actor }: OperationContext,
  programId: string,
  filter: RiskListFilter = {},
): Promise<RiskRow[]> {
  authorize(actor, 'risks');
  if (!isUuid(programId)) return [];
  if (filter.ownerId != null && !isUuid(filter.ownerId)) return [];
  return listRisksOfProgram(db, programId, {
    status: filter.status,
    ownerId: filter.ownerId,
    reviewDueBefore: filter.reviewOverdue ? todayIso() : null,
  });
}
