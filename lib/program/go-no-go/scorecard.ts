import type { ProgramSnapshot } from '../evidence/program-state';
import type { KpiValue } from '../kpis/compute-kpis';
import { kpiLabels } from '../kpis/kpi-labels';
import { healthOf, type MilestoneRecord } from '../milestones/milestone-health';
import type { Rag } from '../types';

export interface ScorecardCriterion {
  label: string;
  source: 'checklist_item' | 'milestone' | 'kpi';
  sourceId: string | null;
  rag: Rag;
  detail: string;
}

/**
 * The go/no-go criteria from the live state: every blocking checklist item (done green;
 * failing its check or overdue red; else amber), every milestone before the review (done
 * green, off track red, else amber), and every KPI with a target (met green, not measured
 * amber, missed red).
 */
export function buildScorecard(
  state: ProgramSnapshot,
  milestones: readonly MilestoneRecord[],
  kpis: readonly KpiValue[],
  today: string,
): ScorecardCriterion[] {
  const items = state.items
    .filter((item) => item.blocking)
    .map((item): ScorecardCriterion => {
      const done = item.status !== 'open';
      const overdue = !done && item.dueOn !== null && item.dueOn < today;
      const rag: Rag = done ? 'green' : item.checkState === 'failing' || overdue ? 'red' : 'amber';
      const detail = done
        ? item.status === 'done'
          ? 'Done.'
          : 'Not applicable.'
        : (item.checkDetail ?? (overdue ? `Open, due ${item.dueOn}.` : 'Open.'));
      return { label: item.title, source: 'checklist_item', sourceId: item.id, rag, detail };
    });
  const milestoneCriteria = milestones
    .filter((milestone) => milestone.standardKey !== 'final_go_no_go')
    .map((milestone): ScorecardCriterion => {
      const health = healthOf(milestone);
      const rag: Rag = milestone.status === 'done' ? 'green' : health === 'off_track' ? 'red' : 'amber';
      return {
        label: milestone.title,
        source: 'milestone',
        sourceId: milestone.id,
        rag,
        detail: milestone.status === 'done' ? 'Done.' : milestone.healthReasons.join(' '),
      };
    });
  const kpiCriteria = kpis
    .filter((kpi) => kpi.target !== null)
    .map(
      (kpi): ScorecardCriterion => ({
        label: kpiLabels[kpi.kpi],
        source: 'kpi',
        sourceId: kpi.kpi,
        rag: kpi.meetsTarget === null ? 'amber' : kpi.meetsTarget ? 'green' : 'red',
        detail: kpi.value === null ? 'Not measured yet.' : `${kpi.value} against a target of ${kpi.target}.`,
      }),
    );
  return [...items, ...milestoneCriteria, ...kpiCriteria];
}
