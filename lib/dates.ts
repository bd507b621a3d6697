/** A real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = utcDayStart(text);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** A calendar month written YYYY-MM, e.g. 2026-03. */
export function isIsoMonth(text: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(text);
}

/** The days of a YYYY-MM month as [first day, first day of the next month). */
export function monthDays(month: string): { start: string; end: string } {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const end = new Date(Date.UTC(year, monthNumber, 1));
  return { start: `${month}-01`, end: isoDateOf(end) };
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
  const start = utcDayStart(date);
  start.setUTCDate(start.getUTCDate() + days);
  return isoDateOf(start);
}
