import type { EvidenceCheckSpec } from '../../../db/schema/program';
import { type UserError, userError } from '../../errors';
import { isPlainDecimal } from '../../money/decimal';
import { isUuid } from '../../uuid';
import { type ChecklistArea, checklistAreas } from '../types';

export const evidenceCheckKinds = [
  'parallel_run_accuracy',
  'arpu_preservation',
  'invoice_totals_match',
  'unbillable_queue_empty',
  'import_validated',
  'bill_run_succeeded',
  'training_complete',
  'go_decision',
  'checklist_area_done',
  'campaigns_ready',
] as const;
export type EvidenceCheckKind = (typeof evidenceCheckKinds)[number];

/** A check as the API takes it; absent thresholds get the usual ones. */
export interface EvidenceCheckInput {
  kind: EvidenceCheckKind;
  threshold?: string | null;
  min?: string | null;
  max?: string | null;
  tolerance?: string | null;
  area?: ChecklistArea | null;
  /** CAMPAIGNS_READY: this wave's campaigns; every wave of the program's import when absent. */
  waveId?: string | null;
}

const defaults: Partial<Record<EvidenceCheckKind, Record<string, string>>> = {
  parallel_run_accuracy: { threshold: '0.99' },
  arpu_preservation: { min: '0.99', max: '1.01' },
  invoice_totals_match: { tolerance: '0.00' },
};

/** The stored form of a check, or the problems with the input. */
export function evidenceCheckSpec(
  input: EvidenceCheckInput,
  field: string[],
): { spec: EvidenceCheckSpec | null; userErrors: UserError[] } {
  const spec: EvidenceCheckSpec = { kind: input.kind, ...defaults[input.kind] };
  for (const key of ['threshold', 'min', 'max', 'tolerance'] as const) {
    const value = input[key];
    if (value === undefined || value === null) continue;
    if (!isPlainDecimal(value) || value.startsWith('-'))
      return {
        spec: null,
        userErrors: [userError('INVALID', [...field, key], `${key} is a decimal ≥ 0, e.g. 0.99.`)],
      };
    spec[key] = value;
  }
  if (input.kind === 'checklist_area_done') {
    if (!input.area || !checklistAreas.includes(input.area))
      return {
        spec: null,
        userErrors: [userError('REQUIRED', [...field, 'area'], 'Choose the checklist area.')],
      };
    spec.area = input.area;
  }
  if (input.kind === 'campaigns_ready' && input.waveId) {
    if (!isUuid(input.waveId))
      return { spec: null, userErrors: [userError('INVALID', [...field, 'waveId'], 'Wave ids are uuids.')] };
    spec.waveId = input.waveId;
  }
  if (spec.min !== undefined && spec.max !== undefined && Number(spec.min) > Number(spec.max))
    return { spec: null, userErrors: [userError('INVALID', [...field, 'min'], 'min is above max.')] };
  return { spec, userErrors: [] };
}

const areaNames: Record<ChecklistArea, string> = {
  data_validation: 'data & system validation',
  technical_readiness: 'technical readiness',
  communications: 'communications',
  training_support: 'training & support',
  contingency: 'contingency planning',
};

export function describeArea(area: ChecklistArea): string {
  return areaNames[area];
}

/** What the check tests, in a sentence. */
export function describeCheck(spec: EvidenceCheckSpec): string {
  switch (spec.kind as EvidenceCheckKind) {
    case 'parallel_run_accuracy':
      return `The latest parallel run's invoice accuracy is at least ${spec.threshold} and every variance is explained.`;
    case 'arpu_preservation':
      return `The latest parallel run's ARPU preservation is between ${spec.min} and ${spec.max}.`;
    case 'invoice_totals_match':
      return `The latest parallel run's invoice totals differ from legacy by at most ${spec.tolerance}.`;
    case 'unbillable_queue_empty':
      return 'No usage waits unrated in the unbillable queue.';
    case 'import_validated':
      return "Every row of the legacy export's files is accounted for against its manifest.";
    case 'bill_run_succeeded':
      return 'The latest bill run completed with no failed account.';
    case 'training_complete':
      return 'Every trainee has completed every required training module.';
    case 'go_decision':
      return 'A go/no-go review decided Go or Go with conditions.';
    case 'checklist_area_done':
      return `Every blocking item of ${areaNames[spec.area as ChecklistArea] ?? spec.area} is done.`;
    case 'campaigns_ready':
      return spec.waveId
        ? 'Every campaign to the wave is approved and test-sent.'
        : "Every campaign to the migration's waves is approved and test-sent.";
    default:
      return `Unknown check ${spec.kind}.`;
  }
}
