import type { MilestoneRow } from '../../../db/schema/program';
import { addDays } from '../../dates';
import type { Health } from '../types';

/** A milestone with its dependencies and the health its evidence and dates suggest. */
export interface MilestoneRecord extends MilestoneRow {
  dependsOnIds: string[];
  /** Dependencies past their due date and not done. */
  lateDependencyIds: string[];
  suggestedHealth: Health;
  healthReasons: string[];
}

export interface Dependency {
  milestoneId: string;
  dependsOnId: string;
}

/** How close a due date must be for failing evidence to put a milestone at risk. */
const AT_RISK_WINDOW_DAYS = 14;

/**
 * Suggests each milestone's health from dates and evidence: overdue is off track; a late
 * dependency, a dependency due after it, or failing evidence close to the due date is at risk.
 */
export function withHealth(
  rows: readonly MilestoneRow[],
  dependencies: readonly Dependency[],
  today: string,
) {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return rows.map((row): MilestoneRecord => {
    const dependsOn = dependencies
      .filter((dependency) => dependency.milestoneId === row.id)
      .flatMap((dependency) => byId.get(dependency.dependsOnId) ?? []);
    const lateDependencies = dependsOn.filter((other) => other.status !== 'done' && other.dueOn < today);
    const base = {
      ...row,
      dependsOnIds: dependsOn.map((other) => other.id),
      lateDependencyIds: lateDependencies.map((other) => other.id),
    };
    if (row.status === 'done') return { ...base, suggestedHealth: 'on_track', healthReasons: ['Done.'] };

    if (row.dueOn < today)
      return { ...base, suggestedHealth: 'off_track', healthReasons: [`Overdue since ${row.dueOn}.`] };
    const reasons = [
      ...lateDependencies.map((other) => `Depends on “${other.title}”, which is late.`),
      ...dependsOn
        .filter(
          (other) => other.status !== 'done' && other.dueOn > row.dueOn && !lateDependencies.includes(other),
        )
        .map((other) => `Depends on “${other.title}”, due after this one (${other.dueOn}).`),
    ];
    if (row.checkState === 'failing' && row.dueOn <= addDays(today, AT_RISK_WINDOW_DAYS))
      reasons.push(`Evidence failing with the due date near: ${row.checkDetail ?? 'check failing'}.`);
    return reasons.length > 0
      ? { ...base, suggestedHealth: 'at_risk', healthReasons: reasons }
      : { ...base, suggestedHealth: 'on_track', healthReasons: ['On schedule.'] };
  });
}

/** The override when set, else the suggestion. */
export function healthOf(milestone: MilestoneRecord): Health {
  return milestone.healthOverride ?? milestone.suggestedHealth;
}

/** Whether making `milestoneId` depend on `dependsOnIds` would close a loop. */
export function createsCycle(
  dependencies: readonly Dependency[],
  milestoneId: string,
  dependsOnIds: readonly string[],
) {
  const edges = new Map<string, string[]>();
  for (const dependency of dependencies) {
    if (dependency.milestoneId === milestoneId) continue;
    edges.set(dependency.milestoneId, [...(edges.get(dependency.milestoneId) ?? []), dependency.dependsOnId]);
  }
  edges.set(milestoneId, [...dependsOnIds]);
  const seen = new Set<string>();
  const stack = [...dependsOnIds];
  while (stack.length > 0) {
    const next = stack.pop() as string;
    if (next === milestoneId) return true;
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...(edges.get(next) ?? []));
  }
  return false;
}
