import { Dec, ZERO } from '../../money/decimal';
import type { ReconciliationStatus, VarianceCause } from './types';

/** One side's line, keyed by FORMAT.md's identity. */
export interface SideLine {
  lineType: string;
  lineKey: string;
  productCode: string | null;
  description: string | null;
  quantity: Dec | null;
  unitPrice: Dec | null;
  amount: Dec;
}

export interface SideInvoice {
  subtotal: Dec;
  taxTotal: Dec;
  total: Dec;
  lines: SideLine[];
}

export interface ComparedLine {
  lineType: string;
  lineKey: string;
  productCode: string | null;
  description: string | null;
  legacy: SideLine | null;
  new: SideLine | null;
  /** New amount minus legacy amount (a missing side counts as zero). */
  difference: Dec;
  /** Outside the tolerance of its line type. */
  differs: boolean;
}

export interface Comparison {
  status: ReconciliationStatus;
  lines: ComparedLine[];
  difference: Dec;
  suggestedCause: VarianceCause | null;
}

/** Largest difference per line type that still counts as equal; absent types must match to the cent. */
export type Tolerances = Partial<Record<string, Dec>>;

const identity = (line: SideLine) => `${line.lineType}\u0000${line.lineKey}`;

/**
 * Compares one account's legacy and new invoices line by line (FORMAT.md's line identity),
 * and suggests the cause of a variance from what differs.
 */
export function compareInvoices(
  legacy: SideInvoice | null,
  fresh: SideInvoice | null,
  tolerances: Tolerances = {},
): Comparison {
  const difference = (fresh?.total ?? ZERO).minus(legacy?.total ?? ZERO);
  const freshByKey = new Map((fresh?.lines ?? []).map((line) => [identity(line), line]));
  const lines: ComparedLine[] = [];
  const compared = (legacyLine: SideLine | null, newLine: SideLine | null): ComparedLine => {
    const line = (legacyLine ?? newLine) as SideLine;
    const diff = (newLine?.amount ?? ZERO).minus(legacyLine?.amount ?? ZERO);
    return {
      lineType: line.lineType,
      lineKey: line.lineKey,
      productCode: line.productCode,
      description: line.description,
      legacy: legacyLine,
      new: newLine,
      difference: diff,
      differs: diff.abs().greaterThan(tolerances[line.lineType] ?? ZERO),
    };
  };
  for (const legacyLine of legacy?.lines ?? []) {
    const key = identity(legacyLine);
    lines.push(compared(legacyLine, freshByKey.get(key) ?? null));
    freshByKey.delete(key);
  }
  for (const newLine of freshByKey.values()) lines.push(compared(null, newLine));

  if (!legacy && !fresh) return { status: 'match', lines, difference, suggestedCause: null };
  if (!legacy)
    return { status: 'missing_in_legacy', lines, difference, suggestedCause: 'NOT_BILLED_IN_LEGACY' };
  if (!fresh) return { status: 'missing_in_new', lines, difference, suggestedCause: 'NOT_BILLED_IN_NEW' };
  const largestTolerance = Object.values(tolerances).reduce<Dec>(
    (max, value) => (value?.greaterThan(max) ? value : max),
    ZERO,
  );
  const anyLineDiffers = lines.some((line) => line.differs);
  if (!anyLineDiffers && difference.abs().lessThanOrEqualTo(largestTolerance))
    return { status: 'match', lines, difference, suggestedCause: null };
  return { status: 'variance', lines, difference, suggestedCause: suggestCause(lines) };
}

/**
 * The likeliest cause of a variance, read off the differing lines: taxes follow their base,
 * so a tax line points at tax only when nothing else differs; otherwise the line with the
 * largest difference decides (same minutes at a different amount is a rate question, other
 * minutes is missing usage; a different unit price is a price question, the same one a
 * proration question).
 */
export function suggestCause(lines: readonly ComparedLine[]): VarianceCause {
  const differing = lines.filter((line) => line.differs);
  if (differing.length === 0) return 'OTHER';
  const charges = differing.filter((line) => line.lineType !== 'tax');
  if (charges.length === 0) return 'TAX';
  const [largest] = [...charges].sort((a, b) => b.difference.abs().comparedTo(a.difference.abs()));
  if (!largest) return 'OTHER';
  const { legacy, new: fresh } = largest;
  switch (largest.lineType) {
    case 'discount':
      return 'DISCOUNT';
    case 'recurring':
      if (legacy?.unitPrice && fresh?.unitPrice && !legacy.unitPrice.equals(fresh.unitPrice))
        return 'RECURRING_PRICE';
      return 'PRORATION';
    case 'usage':
      if (!legacy || !fresh || !sameQuantity(legacy.quantity, fresh.quantity)) return 'USAGE_MISSING';
      return 'RATE';
    default:
      return 'OTHER';
  }
}

function sameQuantity(a: Dec | null, b: Dec | null): boolean {
  if (a === null || b === null) return a === b;
  // Minutes are printed to 2 decimals by the legacy system; compare at that precision.
  return a.toDecimalPlaces(2).equals(b.toDecimalPlaces(2));
}

export const noTolerance: Tolerances = {};
export const toDec = (value: string | null | undefined): Dec | null =>
  value === null || value === undefined || value === '' ? null : new Dec(value);
