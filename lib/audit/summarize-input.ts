import { storableText } from '../text/check-text';

/** Keys whose values never reach the audit log. */
const SECRET_KEY = /pass(word)?|secret|token|credential|authorization/i;
const MAX_STRING = 200;
const MAX_LIST_ITEMS = 3;
const MAX_DEPTH = 6;

/**
 * A copy of an operation's input fit for the audit log: secrets redacted, long strings cut,
 * long lists reduced to their first items and their length (a 1,000-record usage batch is
 * summarised, not stored twice), and text that cannot be stored made storable.
 */
export function summarizeInput(value: unknown, depth = 0): unknown {
  if (value === null || value === undefined) return null;
  // Refused input is audited too, so what it holds must be storable whatever it is (jsonb
  // refuses U+0000 and unpaired surrogates).
  if (typeof value === 'string')
    return storableText(value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return value.toISOString();
  if (depth >= MAX_DEPTH) return '…';
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_LIST_ITEMS).map((item) => summarizeInput(item, depth + 1));
    return value.length > MAX_LIST_ITEMS ? { count: value.length, first: items } : items;
  }
  if (typeof value === 'object') {
    const summary: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      summary[storableText(key)] =
        SECRET_KEY.test(key) && item !== null && item !== undefined
          ? '[redacted]'
          : summarizeInput(item, depth + 1);
    }
    return summary;
  }
  return String(value);
}
