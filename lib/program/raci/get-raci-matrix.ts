import { listMilestoneTitles } from '../../../db/queries/program-references';
import { listRaciAssignmentsWithUsers } from '../../../db/queries/raci';
import type { RaciAssignmentRow } from '../../../db/schema';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';
import { isKnownProgram } from '../register-checks';
import type { RaciSubjectType } from '../register-types';
import { areaLabel, byResponsibility, checklistAreas } from './raci-subjects';

/** One row of the RACI matrix: a checklist area or a milestone, and who is on it. */
export interface RaciSubject {
  subjectType: RaciSubjectType;
  subjectKey: string;
  /** The area's name or the milestone's title. */
  label: string;
  /** Accountable first, then responsible, consulted, informed. */
  assignments: RaciAssignmentRow[];
  accountable: RaciAssignmentRow | null;
  /** No one is accountable: the matrix flags it. */
  missingAccountable: boolean;
}

/**
 * The program's RACI: every checklist area, then every milestone by due date, each with its
 * assignments; subjects without an accountable person are flagged. Empty for an unknown program.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function getRaciMatrix(
  { db, actor }: OperationContext,
  programId: string,
): Promise<RaciSubject[]> {
  authorize(actor, 'raciMatrix');
  if (!(await isKnownProgram(db, programId))) return [];
  const rows = await listRaciAssignmentsWithUsers(db, programId);
  const milestones = await listMilestoneTitles(db, programId);
  const subjects: Omit<RaciSubject, 'assignments' | 'accountable' | 'missingAccountable'>[] = [
    ...checklistAreas.map((area) => ({
      subjectType: 'area' as const,
      subjectKey: area,
      label: areaLabel(area),
    })),
    ...milestones.map((m) => ({ subjectType: 'milestone' as const, subjectKey: m.id, label: m.title })),
  ];
  return subjects.map((subject) => {
    const assignments = rows
      .map((row) => row.assignment)
      .filter((a) => a.subjectType === subject.subjectType && a.subjectKey === subject.subjectKey)
      .sort(byResponsibility);
    const accountable = assignments.find((a) => a.responsibility === 'accountable') ?? null;
    return { ...subject, assignments, accountable, missingAccountable: accountable === null };
  });
}
