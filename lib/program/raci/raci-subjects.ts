import { checklistAreaEnum } from '../../../db/schema';
import type { ChecklistArea, RaciResponsibility } from '../register-types';

// What RACI assignments are about, and how they read. Pure, no I/O.

/** The checklist's areas, in the checklist's order. */
export const checklistAreas: readonly ChecklistArea[] = checklistAreaEnum.enumValues;

const areaLabels: Record<ChecklistArea, string> = {
  data_validation: 'Data validation',
  technical_readiness: 'Technical readiness',
  communications: 'Communications',
  training_support: 'Training and support',
  contingency: 'Contingency',
};

export function areaLabel(area: ChecklistArea): string {
  return areaLabels[area];
}

/** The area a subject key names, case-insensitively (`DATA_VALIDATION` too); null when none. */
export function parseArea(key: string): ChecklistArea | null {
  const lower = key.trim().toLowerCase();
  return checklistAreas.find((area) => area === lower) ?? null;
}

/** Accountable first, then responsible, consulted, informed. */
export const responsibilityOrder: readonly RaciResponsibility[] = [
  'accountable',
  'responsible',
  'consulted',
  'informed',
];

/** A phone number as people write one: digits with +, spaces, dashes, dots, brackets, an extension. */
export function isPhoneNumber(text: string): boolean {
  return (
    /^\+?[0-9 ().-]{3,30}( ?(x|ext\.?) ?[0-9]{1,6})?$/i.test(text) && /[0-9]{3}/.test(text.replace(/\D/g, ''))
  );
}

/** An escalation level: 1 is called first. */
export function isEscalationLevel(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 9;
}

/** Orders assignments accountable, responsible, consulted, informed. */
export const byResponsibility = (
  a: { responsibility: RaciResponsibility },
  b: { responsibility: RaciResponsibility },
) => responsibilityOrder.indexOf(a.responsibility) - responsibilityOrder.indexOf(b.responsibility);
