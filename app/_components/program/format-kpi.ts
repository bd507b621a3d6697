import type { Kpi } from '@/app/_gql/graphql';
import { parseDecimal } from '@/lib/money/decimal';
import { formatQuantity } from '@/lib/money/format-money';
import { ratioKpis } from './labels';

/**
 * A KPI's value or target as people read it: ratios as a percentage to two decimals
 * ("0.9833" → "98.33%"), the others (touches per 100 invoices, leakage found, which the
 * schema gives without a currency) as plain figures; null (nothing measured) as an em dash.
 * Read from the exact string, never through a float.
 */
export function formatKpi(kpi: Kpi, value: string | null): string {
  if (value === null) return '—';
  return ratioKpis.has(kpi) ? `${parseDecimal(value).times(100).toFixed(2)}%` : formatQuantity(value);
}
