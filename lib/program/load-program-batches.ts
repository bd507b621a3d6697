import type { Db } from '../../db/client';
import {
  listApproversOfRequests,
  listDependenciesOfProgram,
  listMilestoneRows,
  listSignOffRowsOfSubjects,
} from '../../db/queries/program';
import type { SignOffApproverRow, SignOffRequestRow } from '../../db/schema';
import { todayIso } from '../dates';
import { type MilestoneRecord, withHealth } from './milestones/milestone-health';

// Batches for the API's per-request loaders: read only, one query per batch where it can.

/** Each program's milestones with their dependencies and health, in the order of `programIds`. */
export async function loadMilestonesOfPrograms(
  db: Db,
  programIds: readonly string[],
): Promise<MilestoneRecord[][]> {
  const today = todayIso();
  return Promise.all(
    programIds.map(async (programId) => {
      const [rows, dependencies] = await Promise.all([
        listMilestoneRows(db, programId),
        listDependenciesOfProgram(db, programId),
      ]);
      return withHealth(rows, dependencies, today);
    }),
  );
}

/** The sign-off requests on each subject (item, milestone or parallel run), newest first. */
export async function loadSignOffsOfSubjects(
  db: Db,
  subjectIds: readonly string[],
): Promise<SignOffRequestRow[][]> {
  const rows = await listSignOffRowsOfSubjects(db, subjectIds);
  return subjectIds.map((id) => rows.filter((row) => row.subjectId === id));
}

/** The approvers of each sign-off request. */
export async function loadApproversOfSignOffs(
  db: Db,
  requestIds: readonly string[],
): Promise<SignOffApproverRow[][]> {
  const rows = await listApproversOfRequests(db, requestIds);
  return requestIds.map((id) => rows.filter((row) => row.requestId === id));
}
