import type { Kpi } from '@/app/_gql/graphql';
import { parseDecimal } from '@/lib/money/decimal';
import { formatMoney, formatQuantity } from '@/lib/money/format-money';
import { ratioKpis } from './labels';

/**
 * A KPI's value or target as people read it: ratios as a percentage to two decimals
 * ("0.9833" → "98.33%"), money (revenue leakage, with the currency the KPI comes with) as
 * money ("USD 1,234.50"), the others (touches per 100 invoices, or an amount whose currency
 * is not known) as plain figures; null (nothing measured) as an em dash. Read from the exact
 * string, never through a float.
 */
export function formatKpi(kpi: Kpi, value: string | null, currency: string | null = null): string {
  if (value === null) return '—';
  if (ratioKpis.has(kpi)) return `${parseDecimal(value).times(100).toFixed(2)}%`;
  return currency ? formatMoney(value, currency) : formatQuantity(value);
}
