import type { Db } from '../../../db/client';
import { listSignOffRows, listStatusReportRows } from '../../../db/queries/program';
import {
  listDecisionsOfProgramSince,
  listRisksOfProgramSince,
  listRunsOfImportSince,
} from '../../../db/queries/program-reports';
import type { ProgramRow } from '../../../db/schema';
import type { RunSummary } from '../../migration/parallel-run/summarize-run';
import type { ProgramSnapshot } from '../evidence/program-state';
import type { KpiValue } from '../kpis/compute-kpis';
import { kpiLabels } from '../kpis/kpi-labels';
import { healthOf, type MilestoneRecord } from '../milestones/milestone-health';

/** A run's leakage with its currency, or each currency's when the run mixes them. */
const leakageText = (summary: RunSummary) =>
  summary.currency === null && summary.byCurrency.length > 1
    ? summary.byCurrency.map((figures) => `${figures.currency} ${figures.leakage}`).join(', ')
    : [summary.currency, summary.leakage].filter(Boolean).join(' ');

const bullets = (lines: string[], none: string) =>
  lines.length > 0 ? lines.map((line) => `- ${line}`) : [`- ${none}`];

/**
 * This week's status update, drafted from what changed since the last saved one (or since
 * the program started): milestones and items completed, sign-offs decided or invalidated,
 * parallel runs, new risks and decisions, what is at risk, and the KPIs against target.
 */
export async function draftStatusReport(
  db: Db,
  program: ProgramRow,
  state: ProgramSnapshot,
  milestones: readonly MilestoneRecord[],
  kpis: readonly KpiValue[],
): Promise<string> {
  const [last] = await listStatusReportRows(db, program.id);
  const since = last?.coversUntil ?? program.createdAt;
  const after = (at: Date | null) => at !== null && at > since;

  const [runs, newRisks, decisions, signOffs] = await Promise.all([
    program.importId ? listRunsOfImportSince(db, program.importId, since) : Promise.resolve([]),
    listRisksOfProgramSince(db, program.id, since),
    listDecisionsOfProgramSince(db, program.id, since),
    listSignOffRows(db, program.id),
  ]);

  const completed = milestones
    .filter((milestone) => after(milestone.completedAt))
    .map((milestone) => milestone.title);
  const itemsDone = state.items
    .filter((item) => item.status === 'done' && after(item.statusAt))
    .map((item) => `${item.title}${item.statusBy === 'evidence check' ? ' (by its evidence check)' : ''}`);
  const decided = signOffs
    .filter((request) => after(request.decidedAt) || after(request.invalidatedAt))
    .map((request) =>
      request.status === 'invalidated'
        ? `“${request.title}” invalidated: ${request.invalidationReason}`
        : `“${request.title}” ${request.status.replaceAll('_', ' ')}`,
    );
  const runLines = runs
    .filter((run) => run.status === 'completed' && run.summary)
    .map((run) => {
      const summary = run.summary as RunSummary;
      return `Parallel run: ${summary.matching} of ${summary.invoicesCompared} invoices match (accuracy ${summary.invoiceAccuracy ?? 'n/a'}), ARPU preservation ${summary.arpuPreservation ?? 'n/a'}, leakage found ${leakageText(summary)}`;
    });
  const attention = milestones
    .filter((milestone) => milestone.status !== 'done' && healthOf(milestone) !== 'on_track')
    .map(
      (milestone) =>
        `${milestone.title} (due ${milestone.dueOn}) is ${healthOf(milestone).replaceAll('_', ' ')}: ${milestone.healthReasons.join(' ')}`,
    );
  const blocking = state.items.filter((item) => item.blocking && item.status === 'open').length;

  return [
    `# ${program.name}: status update`,
    '',
    `Changes since ${since.toISOString().slice(0, 10)}.`,
    '',
    '## Done',
    ...bullets([...completed.map((title) => `Milestone: ${title}`), ...itemsDone], 'Nothing completed.'),
    '',
    '## Evidence and decisions',
    ...bullets(
      [
        ...runLines,
        ...decided.map((line) => `Sign-off ${line}`),
        ...decisions.map((entry) => `Logged (${entry.category.replaceAll('_', ' ')}): ${entry.title}`),
      ],
      'No new runs, sign-offs or decisions.',
    ),
    '',
    '## Needs attention',
    ...bullets(
      [
        ...attention,
        ...newRisks.map((risk) => `New risk: ${risk.title} (score ${risk.probability * risk.impact})`),
        `${blocking} blocking checklist item${blocking === 1 ? '' : 's'} open`,
      ],
      'Nothing.',
    ),
    '',
    '## KPIs',
    ...kpis.map(
      (kpi) =>
        `- ${kpiLabels[kpi.kpi]}: ${kpi.value === null ? 'not measured yet' : [kpi.currency, kpi.value].filter(Boolean).join(' ')}${kpi.target ? ` (target ${kpi.target}${kpi.meetsTarget === null ? '' : kpi.meetsTarget ? ', met' : ', missed'})` : ''}`,
    ),
  ].join('\n');
}
