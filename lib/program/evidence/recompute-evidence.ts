import type { Db } from '../../../db/client';
import { getParallelRunById } from '../../../db/queries/parallel-runs';
import {
  getProgramById,
  invalidateSignOffRequest,
  listChecklistRows,
  listDependenciesOfProgram,
  listMilestoneRows,
  listSignOffRows,
  liveSignOffStatuses,
  markEvidenceChecked,
  updateChecklistItemCheck,
  updateMilestoneCheck,
} from '../../../db/queries/program';
import type { MilestoneRow } from '../../../db/schema';
import { describeEvidenceChange, evidenceHash } from '../sign-offs/evidence-hash';
import { type CheckResult, evaluateCheck, type ProgramFacts } from './evaluate-check';
import { EvidenceFacts } from './evidence-facts';
import type { ProgramSnapshot } from './program-state';
import { trainingFacts } from './training-facts';

/** Who set a status when it was a check. */
export const CHECK_ACTOR = 'evidence check';

/** The state of a program after a recompute: its rows with check results, and what they rest on. */
export interface ProgramState extends ProgramSnapshot {
  /** Per item or milestone id, what its check read. */
  checkEvidence: Map<string, Record<string, unknown>>;
}

/**
 * Re-evaluates every evidence check of a program against the live data, lets items and
 * milestones tied to a check follow it, invalidates every open or approved sign-off whose
 * evidence is no longer what was approved, and stamps `evidenceCheckedAt`. Idempotent.
 *
 * Reading a program never runs this: the program's own writes do (milestones, checklist,
 * sign-offs, go/no-go decisions, training); the writes elsewhere that its checks read
 * (parallel runs and variance reviews, imports, bill runs, unrated usage, campaigns) queue the
 * `program-evidence` job, which runs it for every program within seconds where a job worker
 * runs; and `refreshProgramEvidence` runs it on request.
 */
export async function recomputeEvidence(db: Db, programId: string): Promise<ProgramState | null> {
  return db.transaction(async (tx) => {
    const found = await getProgramById(tx, programId);
    if (!found) return null;
    const program = (await markEvidenceChecked(tx, found.id, new Date())) ?? found;
    const facts = new EvidenceFacts(tx, program);
    const items = await listChecklistRows(tx, program.id);
    const checkEvidence = new Map<string, Record<string, unknown>>();
    const programFacts: ProgramFacts = { items, training: () => trainingFacts(tx, program.id) };

    for (const [index, item] of items.entries()) {
      if (!item.check) continue;
      const result = await evaluateCheck(item.check, facts, programFacts);
      checkEvidence.set(item.id, result.evidence);
      const status =
        item.status === 'not_applicable' ? item.status : result.state === 'passing' ? 'done' : 'open';
      if (item.checkState === result.state && item.checkDetail === result.detail && item.status === status)
        continue;
      const statusChanged = status !== item.status;
      const updated = await updateChecklistItemCheck(tx, item.id, {
        checkState: result.state,
        checkDetail: result.detail,
        status,
        ...(statusChanged ? { statusBy: CHECK_ACTOR, statusAt: new Date() } : {}),
      });
      if (updated) items[index] = updated;
    }

    const milestoneRows = await listMilestoneRows(tx, program.id);
    for (const [index, milestone] of milestoneRows.entries()) {
      if (!milestone.check) continue;
      const result = await evaluateCheck(milestone.check, facts, programFacts);
      checkEvidence.set(milestone.id, result.evidence);
      const status = nextMilestoneStatus(milestone, result);
      if (
        milestone.checkState === result.state &&
        milestone.checkDetail === result.detail &&
        milestone.status === status
      )
        continue;
      const updated = await updateMilestoneCheck(tx, milestone.id, {
        checkState: result.state,
        checkDetail: result.detail,
        status,
        completedAt: status === 'done' ? (milestone.completedAt ?? new Date()) : null,
      });
      if (updated) milestoneRows[index] = updated;
    }

    const state: ProgramState = {
      program,
      items,
      milestones: milestoneRows,
      dependencies: await listDependenciesOfProgram(tx, program.id),
      checkEvidence,
    };
    await invalidateStaleSignOffs(tx, state);
    return state;
  });
}

function nextMilestoneStatus(milestone: MilestoneRow, result: CheckResult) {
  if (result.state === 'passing') return 'done';
  return milestone.status === 'done' ? 'in_progress' : milestone.status;
}

/** What a sign-off on this subject approves, as it stands now; null when the subject is gone. */
export async function currentEvidence(
  db: Db,
  state: ProgramState,
  subjectType: string,
  subjectId: string,
): Promise<Record<string, unknown> | null> {
  if (subjectType === 'checklist_item') {
    const item = state.items.find((candidate) => candidate.id === subjectId);
    if (!item) return null;
    return {
      title: item.title,
      area: item.area,
      blocking: item.blocking,
      status: item.status,
      notes: item.notes,
      evidenceLinks: item.evidenceLinks,
      dueOn: item.dueOn,
      ownerId: item.ownerId,
      check: item.check,
      checkState: item.checkState,
      checkEvidence: state.checkEvidence.get(item.id) ?? null,
    };
  }
  if (subjectType === 'milestone') {
    const milestone = state.milestones.find((candidate) => candidate.id === subjectId);
    if (!milestone) return null;
    return {
      title: milestone.title,
      phase: milestone.phase,
      status: milestone.status,
      dueOn: milestone.dueOn,
      ownerId: milestone.ownerId,
      dependsOnIds: state.dependencies
        .filter((dependency) => dependency.milestoneId === milestone.id)
        .map((dependency) => dependency.dependsOnId)
        .sort(),
      check: milestone.check,
      checkState: milestone.checkState,
      checkEvidence: state.checkEvidence.get(milestone.id) ?? null,
    };
  }
  const run = await getParallelRunById(db, subjectId);
  if (run?.status !== 'completed') return null;
  const facts = new EvidenceFacts(db, { ...state.program, importId: run.importId });
  const latest = await facts.latestRun();
  return { runId: run.id, summary: run.summary, latestRunId: latest?.id ?? run.id };
}

async function invalidateStaleSignOffs(db: Db, state: ProgramState) {
  const live: readonly string[] = liveSignOffStatuses;
  const open = (await listSignOffRows(db, state.program.id)).filter((request) =>
    live.includes(request.status),
  );
  for (const request of open) {
    const evidence = await currentEvidence(db, state, request.subjectType, request.subjectId);
    if (evidence && evidenceHash(evidence) === request.evidenceHash) continue;
    const reason = evidence
      ? describeEvidenceChange(request.evidence as Record<string, unknown>, evidence)
      : 'What it approved no longer exists.';
    await invalidateSignOffRequest(db, request.id, reason);
  }
}
