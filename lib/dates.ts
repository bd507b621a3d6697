/** A real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** Today's date in UTC, YYYY-MM-DD: the default "as of" for prices and rate decks. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
