import Decimal from 'decimal.js';

/**
 * Decimal strings from the API stay exact in the console: this clone is only for comparing,
 * summing and shifting them, never for rounding money (the server already settled it).
 */
const Exact = Decimal.clone({ precision: 40 });

/** An amount as it came from the API, with a sign and thousands separators, never through a float. */
export function formatAmount(value: string | null | undefined, currency?: string): string {
  if (value === null || value === undefined) return '—';
  const negative = value.startsWith('-');
  const [whole = '', fraction] = (negative ? value.slice(1) : value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const text = fraction === undefined ? grouped : `${grouped}.${fraction}`;
  return `${negative ? '−' : ''}${text}${currency ? ` ${currency}` : ''}`;
}

/** A difference with an explicit + so its direction reads at a glance. */
export function formatDifference(value: string | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return isZero(value)
    ? formatAmount(value)
    : value.startsWith('-')
      ? formatAmount(value)
      : `+${formatAmount(value)}`;
}

/** A ratio such as "0.9833" as "98.33%"; null (nothing to divide by) as an em dash. */
export function formatRatio(value: string | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return `${new Exact(value).times(100).toDecimalPlaces(2).toFixed(2)}%`;
}

/** A mean (ARPU) to the cent for reading; the exact quotient stays available as a tooltip. */
export function formatMean(value: string | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return formatAmount(new Exact(value).toDecimalPlaces(2).toFixed(2));
}

export function isZero(value: string): boolean {
  return new Exact(value).isZero();
}

export function absCompare(a: string, b: string): number {
  return new Exact(a).abs().comparedTo(new Exact(b).abs());
}

export function sameAmount(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return new Exact(a).equals(new Exact(b));
}

export function minus(a: string, b: string): string {
  return new Exact(a).minus(new Exact(b)).toFixed();
}

export function isValidAmount(value: string): boolean {
  return /^\d+(\.\d+)?$/.test(value.trim());
}
