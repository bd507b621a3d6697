import { countOpenRisksByCell } from '../../../db/queries/risks';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';
import { isKnownProgram } from '../register-checks';
import { buildHeatMap, type RiskHeatMap } from './risk-score';

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
