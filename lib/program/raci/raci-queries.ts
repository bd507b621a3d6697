import { listMilestoneTitles } from '../../../db/queries/program-references';
import { listRaciAssignmentsWithUsers } from '../../../db/queries/raci';
import type { RaciAssignmentRow } from '../../../db/schema';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';
import { isKnownProgram } from '../register-checks';
import type { ChecklistArea, RaciResponsibility, RaciSubjectType } from '../register-types';
import { areaLabel, checklistAreas, responsibilityOrder } from './raci-subjects';

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

/** Someone to call, with how to reach them. */
export interface ProgramContact {
  userId: string;
  name: string;
  email: string;
  phone: string | null;
  responsibility: RaciResponsibility;
  escalationLevel: number | null;
}

/** The war room's point of contact for one checklist area. */
export interface AreaPointOfContact {
  area: ChecklistArea;
  label: string;
  accountable: ProgramContact | null;
  responsible: ProgramContact[];
  /** Everyone on the area with an escalation level, level 1 first. */
  escalationPath: ProgramContact[];
}

const byResponsibility = (
  a: { responsibility: RaciResponsibility },
  b: { responsibility: RaciResponsibility },
) => responsibilityOrder.indexOf(a.responsibility) - responsibilityOrder.indexOf(b.responsibility);

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

/**
 * Who to call per checklist area during cutover: the accountable and responsible people
 * with email and phone, and the escalation path in order. Empty for an unknown program.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function getPointOfContactMatrix(
  { db, actor }: OperationContext,
  programId: string,
): Promise<AreaPointOfContact[]> {
  authorize(actor, 'pointOfContactMatrix');
  if (!(await isKnownProgram(db, programId))) return [];
  const contacts = (await listRaciAssignmentsWithUsers(db, programId, 'area')).map(
    ({ assignment, name, email }) => ({
      area: assignment.subjectKey,
      contact: {
        userId: assignment.userId,
        name,
        email,
        phone: assignment.phone,
        responsibility: assignment.responsibility,
        escalationLevel: assignment.escalationLevel,
      } satisfies ProgramContact,
    }),
  );
  return checklistAreas.map((area) => {
    const onArea = contacts.filter((c) => c.area === area).map((c) => c.contact);
    return {
      area,
      label: areaLabel(area),
      accountable: onArea.find((c) => c.responsibility === 'accountable') ?? null,
      responsible: onArea.filter((c) => c.responsibility === 'responsible'),
      escalationPath: onArea
        .filter((c) => c.escalationLevel !== null)
        .sort((a, b) => (a.escalationLevel ?? 0) - (b.escalationLevel ?? 0) || byResponsibility(a, b)),
    };
  });
}
