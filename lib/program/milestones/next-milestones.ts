import type { MilestoneRecord } from './milestone-health';

/** Of a program's milestones, the first `first` (5 by default, at most 100) not done, soonest due first. */
export function nextMilestones(
  milestones: readonly MilestoneRecord[],
  first?: number | null,
): MilestoneRecord[] {
  return milestones
    .filter((milestone) => milestone.status !== 'done')
    .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0))
    .slice(0, Math.max(0, Math.min(first ?? 5, 100)));
}

/** The milestones of `milestones` with these ids, in the program's order. */
export function milestonesAmong(
  milestones: readonly MilestoneRecord[],
  ids: readonly string[],
): MilestoneRecord[] {
  return milestones.filter((milestone) => ids.includes(milestone.id));
}
