import type { Db } from '../../../db/client';
import { listProgramRows } from '../../../db/queries/program';
import { recomputeEvidence } from './recompute-evidence';

/**
 * Recomputes the evidence of every program, each in its own transaction: what the
 * `program-evidence` job does after writes outside the program module that its checks read.
 * There are few programs, and each recompute is a handful of aggregate queries. Returns how
 * many programs were checked.
 */
export async function recomputeEvidenceOfAllPrograms(db: Db): Promise<number> {
  const programs = await listProgramRows(db);
  for (const program of programs) await recomputeEvidence(db, program.id);
  return programs.length;
}
