import { listRaciAssignmentsWithUsers } from '../../../db/queries/raci';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';
import { isKnownProgram } from '../register-checks';
import type { ChecklistArea, RaciResponsibility } from '../register-types';
import { areaLabel, byResponsibility, checklistAreas } from './raci-subjects';

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
