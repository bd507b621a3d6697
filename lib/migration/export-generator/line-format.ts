import { Dec } from '../../money/decimal';
import { roundTo } from '../../money/rounding';
import type { InvoiceLine, LegacyRounding } from './types';

/** The legacy system's `round2`: USD and the like to 2 decimals with the export's mode. */
export function round2(value: Dec, rounding: LegacyRounding): Dec {
  return roundTo(value, 2, rounding.mode);
}

/** An amount as the legacy system printed it: always two decimals ("0.00", "-68.00"). */
export function formatAmount2(value: Dec): string {
  return value.toFixed(2);
}

/** Digits after the point of a plain decimal string ("448.846" → 3, "48128" → 0). */
export function decimalsOf(text: string): number {
  const point = text.indexOf('.');
  return point < 0 ? 0 : text.length - point - 1;
}

/**
 * A sum printed like the legacy system printed quantities: with as many decimals as the
 * most precise term (its decimal type kept trailing zeros: 51734.840, not 51734.84).
 */
export function formatSum(total: Dec, decimals: number): string {
  return total.toFixed(decimals);
}

export function blankLine(
  fields: Partial<InvoiceLine> & Pick<InvoiceLine, 'lineType' | 'amount'>,
): InvoiceLine {
  return {
    productCode: '',
    subscriptionId: '',
    chargeId: '',
    destination: '',
    taxCode: '',
    taxCategory: '',
    description: '',
    quantity: '',
    unitPrice: '',
    serviceStart: '',
    serviceEnd: '',
    ...fields,
  };
}

export const HUNDRED = new Dec(100);
