import type { Db } from '../../../db/client';
import {
  listChecklistItemIdsOfProgram,
  listMilestoneIdsOfProgram,
} from '../../../db/queries/program-references';
import type { RiskPatch } from '../../../db/queries/risks';
import type { RiskRow } from '../../../db/schema';
import { isIsoDate } from '../../dates';
import { type UserError, userError } from '../../errors';
import { isUuid } from '../../uuid';
import { checkOwner } from '../owners';
import type { RiskStatus } from '../register-types';
import { isRiskLevel } from './risk-score';

/** A risk's fields; on update, what is left out (or null, for required fields) stays as it is. */
export interface RiskFieldsInput {
  title?: string | null;
  description?: string | null;
  /** 1 (rare) to 5 (almost certain). */
  probability?: number | null;
  /** 1 (negligible) to 5 (severe). */
  impact?: number | null;
  /** A user; null clears the owner. */
  ownerId?: string | null;
  mitigation?: string | null;
  contingency?: string | null;
  trigger?: string | null;
  /** YYYY-MM-DD; null clears it. */
  reviewOn?: string | null;
  status?: RiskStatus | null;
  /** Milestones of the same program; replaces the list. */
  milestoneIds?: readonly string[] | null;
  /** Checklist items of the same program; replaces the list. */
  checklistItemIds?: readonly string[] | null;
}

export interface CreateRiskInput extends RiskFieldsInput {
  programId: string;
}

export interface UpdateRiskInput extends RiskFieldsInput {
  id: string;
}

export type RiskResult = { risk: RiskRow | null; userErrors: UserError[] };
export const refused = (userErrors: UserError[]): RiskResult => ({ risk: null, userErrors });

/** The input's shape and ranges, without the database. */
export function parseRiskFields(input: RiskFieldsInput): { patch: RiskPatch; userErrors: UserError[] } {
  const patch: RiskPatch = {};
  const userErrors: UserError[] = [];
  const invalid = (name: string, message: string) =>
    userErrors.push(userError('INVALID', ['input', name], message));

  if (input.title != null) {
    const title = input.title.trim();
    if (title) patch.title = title;
    else userErrors.push(userError('REQUIRED', ['input', 'title'], 'Give the risk a title.'));
  }
  for (const level of ['probability', 'impact'] as const) {
    const value = input[level];
    if (value == null) continue;
    if (isRiskLevel(value)) patch[level] = value;
    else invalid(level, `Rate the ${level} as a whole number from 1 to 5.`);
  }
  for (const text of ['description', 'mitigation', 'contingency', 'trigger'] as const) {
    if (input[text] != null) patch[text] = input[text].trim();
  }
  if (input.ownerId !== undefined) {
    if (input.ownerId === null) patch.ownerId = null;
    else if (isUuid(input.ownerId)) patch.ownerId = input.ownerId;
    else invalid('ownerId', 'No user has this id.');
  }
  if (input.reviewOn !== undefined) {
    if (input.reviewOn === null) patch.reviewOn = null;
    else if (isIsoDate(input.reviewOn)) patch.reviewOn = input.reviewOn;
    else invalid('reviewOn', 'The review date is a date, YYYY-MM-DD.');
  }
  if (input.status != null) patch.status = input.status;
  for (const list of ['milestoneIds', 'checklistItemIds'] as const) {
    const ids = input[list];
    if (ids == null) continue;
    if (ids.some((id) => !isUuid(id))) invalid(list, 'Ids are uuids.');
    else patch[list] = [...new Set(ids.map((id) => id.toLowerCase()))]; // as PostgreSQL writes uuids
  }
  return { patch, userErrors };
}

/** The owner exists; linked milestones and checklist items are the risk's program's. */
export async function checkReferences(db: Db, programId: string, patch: RiskPatch): Promise<UserError[]> {
  const userErrors: UserError[] = [];
  const ownerProblem = await checkOwner(db, patch.ownerId, ['input', 'ownerId']);
  if (ownerProblem) userErrors.push(ownerProblem);
  if (patch.milestoneIds) {
    const found = await listMilestoneIdsOfProgram(db, programId, patch.milestoneIds);
    if (found.length !== patch.milestoneIds.length)
      userErrors.push(
        userError(
          'NOT_FOUND',
          ['input', 'milestoneIds'],
          'Some of these milestones are not in this program.',
        ),
      );
  }
  if (patch.checklistItemIds) {
    const found = await listChecklistItemIdsOfProgram(db, programId, patch.checklistItemIds);
    if (found.length !== patch.checklistItemIds.length)
      userErrors.push(
        userError(
          'NOT_FOUND',
          ['input', 'checklistItemIds'],
          'Some of these checklist items are not in this program.',
        ),
      );
  }
  return userErrors;
}
