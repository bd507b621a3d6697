/** A real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = utcDayStart(text);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** Today's date in UTC, YYYY-MM-DD: the default "as of" for prices and rate decks. */
export function todayIso(): string {
  return isoDateOf(new Date());
}

/** The UTC date an instant falls on, YYYY-MM-DD. */
export function isoDateOf(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** The instant a date starts at in UTC: usage is billed by UTC day. */
export function utcDayStart(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** The date `days` calendar days after `date` (before it when negative), YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  return isoDateOf(new Date(utcDayStart(date).getTime() + days * 86_400_000));
}
