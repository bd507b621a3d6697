import type { EvidenceCheckSpec } from '../../db/schema/program';
import { addDays } from '../dates';
import type { ChecklistArea, Kpi, ProgramPhase } from './types';

// What every billing migration has: laid out between a program's start and its go-live, so
// a new program opens with a plan to adjust rather than a blank page.

/** Each phase's span as fractions of the time from start to go-live (hypercare runs after). */
const phaseSpans: Record<ProgramPhase, [number, number]> = {
  discovery: [0, 0.1],
  configuration: [0.1, 0.35],
  data_migration: [0.2, 0.5],
  parallel_runs: [0.45, 0.85],
  training: [0.6, 0.9],
  communications: [0.6, 1],
  cutover: [0.95, 1],
  hypercare: [1, 1],
};
const HYPERCARE_DAYS = 30;

export interface StandardMilestone {
  key: string;
  phase: ProgramPhase;
  title: string;
  description: string;
  /** Due at this fraction of the way to go-live. */
  at: number;
  check: EvidenceCheckSpec | null;
}

export const standardMilestones: readonly StandardMilestone[] = [
  {
    key: 'data_migration_sign_off',
    phase: 'data_migration',
    title: 'Data-migration sign-off',
    description:
      'The legacy export is imported with every row accounted for, and its owners have approved it.',
    at: 0.5,
    check: { kind: 'import_validated' },
  },
  {
    key: 'first_staging_bill_run',
    phase: 'parallel_runs',
    title: 'First successful bill run in staging',
    description: 'A full bill run completes with no failed account.',
    at: 0.6,
    check: { kind: 'bill_run_succeeded' },
  },
  {
    key: 'training_complete',
    phase: 'training',
    title: 'Training complete',
    description: 'Everyone who bills, supports or answers customers has completed the required modules.',
    at: 0.9,
    check: { kind: 'training_complete' },
  },
  {
    key: 'communications_ready',
    phase: 'communications',
    title: 'Customer communications ready',
    description: 'Every cutover message is written, approved and test-sent.',
    at: 0.9,
    check: { kind: 'campaigns_ready' },
  },
  {
    key: 'final_go_no_go',
    phase: 'cutover',
    title: 'Final go/no-go review',
    description: 'The go/no-go review decides Go (or Go with conditions) from the scorecard.',
    at: 0.97,
    check: { kind: 'go_decision' },
  },
];

/** The final review waits for the other standard milestones. */
export const standardDependencies: readonly [string, string][] = standardMilestones
  .filter((milestone) => milestone.key !== 'final_go_no_go')
  .map((milestone) => ['final_go_no_go', milestone.key]);

export interface StandardItem {
  key: string;
  area: ChecklistArea;
  title: string;
  blocking: boolean;
  check: EvidenceCheckSpec | null;
}

const item = (
  area: ChecklistArea,
  key: string,
  title: string,
  blocking: boolean,
  check: EvidenceCheckSpec | null = null,
): StandardItem => ({ area, key, title, blocking, check });

export const standardChecklist: readonly StandardItem[] = [
  item('data_validation', 'parallel_billing_tests', 'Parallel billing tests against legacy', true, {
    kind: 'parallel_run_accuracy',
    threshold: '0.99',
  }),
  item('data_validation', 'arpu_validated', 'ARPU validated against legacy', true, {
    kind: 'arpu_preservation',
    min: '0.99',
    max: '1.01',
  }),
  item('data_validation', 'invoice_totals_validated', 'Invoice totals validated', true, {
    kind: 'invoice_totals_match',
    tolerance: '0.00',
  }),
  item('data_validation', 'balances_validated', 'Opening balances validated', true, {
    kind: 'import_validated',
  }),
  item('data_validation', 'catalog_pricing_audited', 'Catalog pricing audited', true),
  item('data_validation', 'discounts_bundles_tax_tested', 'Discounts, bundles and tax rules tested', true),
  item(
    'data_validation',
    'usage_charges_confirmed',
    'Usage charges confirmed (unbillable queue empty)',
    true,
    {
      kind: 'unbillable_queue_empty',
    },
  ),
  item(
    'technical_readiness',
    'integrations_tested',
    'Integrations tested (payments, CRM, provisioning)',
    true,
  ),
  item('technical_readiness', 'staging_bill_run', 'Bill run completed in staging', true, {
    kind: 'bill_run_succeeded',
  }),
  item('technical_readiness', 'monitoring_set_up', 'Monitoring and alerts set up', true),
  item('technical_readiness', 'invoice_delivery_tested', 'Invoice delivery tested (email and PDF)', false),
  item('technical_readiness', 'access_reviewed', 'Users, roles and API keys reviewed', false),
  item('communications', 'customer_notice_approved', 'Customer cutover notice approved and test-sent', true, {
    kind: 'campaigns_ready',
  }),
  item('communications', 'internal_announcement', 'Internal announcement sent', false),
  item('communications', 'first_invoice_explainer', 'First-invoice explainer ready for customers', false),
  item('training_support', 'staff_trained', 'Billing staff trained', true, { kind: 'training_complete' }),
  item('training_support', 'support_scripts', 'Support scripts and FAQs written', true),
  item('training_support', 'war_room_staffed', 'War room staffed for cutover', true),
  item('training_support', 'contact_matrix', 'Point-of-contact matrix published', false),
  item('contingency', 'rollback_plan', 'Rollback plan written and rehearsed', true),
  item('contingency', 'point_of_no_return', 'Point of no return agreed', true),
  item('contingency', 'escalation_path', 'Escalation path agreed', false),
  item('contingency', 'legacy_read_only', 'Legacy system kept read-only through hypercare', false),
];

export const standardGoals: readonly { title: string; kpi: Kpi; target: string }[] = [
  { title: 'Keep revenue whole', kpi: 'arpu_preservation', target: '0.995' },
  { title: 'Bill correctly from the first invoice', kpi: 'invoice_accuracy', target: '0.99' },
  { title: 'Bill on time', kpi: 'on_time_billing', target: '0.98' },
  { title: 'Fewer manual fixes', kpi: 'manual_touches', target: '2' },
];

/** The day `fraction` of the way from `startsOn` to `goLiveOn`. */
export function dayAt(startsOn: string, goLiveOn: string, fraction: number): string {
  const span = Math.round((Date.parse(goLiveOn) - Date.parse(startsOn)) / 86_400_000);
  return addDays(startsOn, Math.round(span * fraction));
}

export function phaseDates(startsOn: string, goLiveOn: string, phase: ProgramPhase) {
  if (phase === 'hypercare') return { startsOn: goLiveOn, endsOn: addDays(goLiveOn, HYPERCARE_DAYS) };
  const [from, to] = phaseSpans[phase];
  return { startsOn: dayAt(startsOn, goLiveOn, from), endsOn: dayAt(startsOn, goLiveOn, to) };
}

/** Checklist items are due a week before go-live; data validation before the parallel runs end. */
export function itemDueOn(startsOn: string, goLiveOn: string, area: ChecklistArea): string {
  return area === 'data_validation' ? dayAt(startsOn, goLiveOn, 0.85) : addDays(goLiveOn, -7);
}
