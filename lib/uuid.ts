const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether text can be one of our ids. Checked before a lookup: PostgreSQL answers a
 * malformed uuid with an error, where the caller deserves "no such thing".
 */
export function isUuid(text: string): boolean {
  return UUID.test(text);
}
