import { listMilestoneIdsOfProgram, lockProgram } from '../../../db/queries/program-references';
import {
  deleteRaciAssignment,
  insertRaciAssignment,
  listAssignmentsOfSubject,
  updateRaciAssignment,
} from '../../../db/queries/raci';
import { getUserById } from '../../../db/queries/users';
import type { RaciAssignmentRow } from '../../../db/schema';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';
import { type UserError, userError } from '../../errors';
import { RollbackWithUserErrors, withRollbackOnUserErrors } from '../../transaction';
import { isUuid } from '../../uuid';
import { trimmedOrNull } from '../register-checks';
import type { RaciResponsibility, RaciSubjectType } from '../register-types';
import { isEscalationLevel, isPhoneNumber, parseArea } from './raci-subjects';

export interface AssignRaciInput {
  programId: string;
  subjectType: RaciSubjectType;
  /** A checklist area (data_validation…) or, for a milestone, its id. */
  subjectKey: string;
  userId: string;
  responsibility: RaciResponsibility;
  /** Order on the escalation path, 1 called first; null or absent: not on it. */
  escalationLevel?: number | null;
  phone?: string | null;
  /** When the subject already has someone else accountable: take their place (their assignment goes). */
  replaceAccountable?: boolean | null;
}

type AssignResult = {
  assignment: RaciAssignmentRow | null;
  /** The accountable assignment this one replaced. */
  replaced: RaciAssignmentRow | null;
  userErrors: UserError[];
};
const refused = (userErrors: UserError[]): AssignResult => ({ assignment: null, replaced: null, userErrors });

/**
 * Puts a user on a subject's RACI (a checklist area or a milestone) as responsible,
 * accountable, consulted or informed; a user already on the subject has their entry changed.
 * A subject has exactly one accountable person: a second one is refused (TAKEN) unless the
 * input says to replace the first.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, program)
 */
export async function assignRaci(ctx: OperationContext, input: AssignRaciInput): Promise<AssignResult> {
  authorize(ctx.actor, 'assignRaci');
  const userErrors: UserError[] = [];
  const field = (name: string) => ['input', name];
  if (!isUuid(input.programId))
    return refused([userError('NOT_FOUND', field('programId'), 'No program has this id.')]);

  // Areas by their enum value, milestones by their uuid as PostgreSQL writes it (lower case).
  let subjectKey = input.subjectKey.trim().toLowerCase();
  if (input.subjectType === 'area') {
    const area = parseArea(subjectKey);
    if (area) subjectKey = area;
    else
      userErrors.push(
        userError('INVALID', field('subjectKey'), `${subjectKey || 'This'} is not a checklist area.`),
      );
  } else if (
    !isUuid(subjectKey) ||
    (await listMilestoneIdsOfProgram(ctx.db, input.programId, [subjectKey])).length === 0
  ) {
    userErrors.push(userError('NOT_FOUND', field('subjectKey'), 'No milestone of this program has this id.'));
  }
  const user = isUuid(input.userId) ? await getUserById(ctx.db, input.userId) : null;
  if (!user) userErrors.push(userError('NOT_FOUND', field('userId'), 'No user has this id.'));
  else if (!user.isActive)
    userErrors.push(userError('INVALID', field('userId'), `${user.name} is deactivated.`));
  const escalationLevel = input.escalationLevel ?? null;
  if (escalationLevel !== null && !isEscalationLevel(escalationLevel))
    userErrors.push(
      userError('INVALID', field('escalationLevel'), 'The escalation level is a whole number from 1 to 9.'),
    );
  const phone = trimmedOrNull(input.phone);
  if (phone !== null && !isPhoneNumber(phone))
    userErrors.push(userError('INVALID', field('phone'), `${phone} is not a phone number.`));
  if (userErrors.length > 0 || !user) return refused(userErrors);

  return withRollbackOnUserErrors<AssignResult>(
    ctx.db,
    async (tx) => {
      // One writer per program at a time, so two callers cannot both become accountable.
      if (!(await lockProgram(tx, input.programId)))
        throw new RollbackWithUserErrors([
          userError('NOT_FOUND', field('programId'), 'No program has this id.'),
        ]);
      const subject = { subjectType: input.subjectType, subjectKey };
      const onSubject = await listAssignmentsOfSubject(tx, input.programId, subject);
      const own = onSubject.find((assignment) => assignment.userId === user.id) ?? null;
      const otherAccountable =
        input.responsibility === 'accountable'
          ? (onSubject.find((a) => a.responsibility === 'accountable' && a.userId !== user.id) ?? null)
          : null;
      if (otherAccountable && !input.replaceAccountable)
        throw new RollbackWithUserErrors([
          userError(
            'TAKEN',
            field('responsibility'),
            'Someone else is already accountable for this; remove them first, or say to replace them.',
          ),
        ]);
      if (otherAccountable) await deleteRaciAssignment(tx, otherAccountable.id);
      const values = { responsibility: input.responsibility, escalationLevel, phone };
      const assignment = own
        ? await updateRaciAssignment(tx, own.id, values)
        : await insertRaciAssignment(tx, {
            programId: input.programId,
            ...subject,
            userId: user.id,
            ...values,
          });
      return { assignment, replaced: otherAccountable, userErrors: [] };
    },
    refused,
  );
}
