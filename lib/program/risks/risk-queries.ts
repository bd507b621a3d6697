import { countOpenRisksByCell, listRisksOfProgram } from '../../../db/queries/risks';
import type { RiskRow } from '../../../db/schema';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';
import { todayIso } from '../../dates';
import { isUuid } from '../../uuid';
import { isKnownProgram } from '../register-checks';
import type { RiskStatus } from '../register-types';
import { buildHeatMap, type RiskHeatMap } from './risk-score';

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

/**
 * The 5×5 grid of a program's open risks by probability and impact; null for an unknown program.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function getRiskHeatMap(
  { db, actor }: OperationContext,
  programId: string,
): Promise<RiskHeatMap | null> {
  authorize(actor, 'riskHeatMap');
  if (!(await isKnownProgram(db, programId))) return null;
  return buildHeatMap(await countOpenRisksByCell(db, programId));
}
