import type { ChecklistItemRow } from '../../db/schema';
import type { KpiValue } from './kpis/compute-kpis';
import { kpiLabels } from './kpis/kpi-labels';
import { healthOf, type MilestoneRecord } from './milestones/milestone-health';
import { type Health, healthsWorstFirst } from './types';

/**
 * The program's health: the worst of its milestones', made at least "at risk" by a blocking
 * item past its due date or a KPI missing its target, with the reasons, worst first.
 */
export function programHealth(
  milestones: readonly MilestoneRecord[],
  items: readonly Pick<ChecklistItemRow, 'title' | 'blocking' | 'status' | 'dueOn'>[],
  kpis: readonly Pick<KpiValue, 'kpi' | 'value' | 'target' | 'meetsTarget'>[],
  today: string,
): { health: Health; reasons: string[] } {
  const found: { health: Health; reason: string }[] = [];
  for (const milestone of milestones) {
    const health = healthOf(milestone);
    if (health !== 'on_track')
      found.push({ health, reason: `${milestone.title}: ${milestone.healthReasons.join(' ')}` });
  }
  for (const item of items)
    if (item.blocking && item.status === 'open' && item.dueOn !== null && item.dueOn < today)
      found.push({ health: 'at_risk', reason: `Blocking item “${item.title}” overdue since ${item.dueOn}.` });
  for (const kpi of kpis)
    if (kpi.meetsTarget === false)
      found.push({
        health: 'at_risk',
        reason: `${kpiLabels[kpi.kpi]} ${kpi.value} misses its target of ${kpi.target}.`,
      });
  const health =
    healthsWorstFirst.find((candidate) => found.some((entry) => entry.health === candidate)) ?? 'on_track';
  const order = (entry: { health: Health }) => healthsWorstFirst.indexOf(entry.health);
  return { health, reasons: found.sort((a, b) => order(a) - order(b)).map((entry) => entry.reason) };
}
