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

const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|([+-])(\d{2}):?(\d{2}))$/;

/** Years any date or instant may fall in: older or later ones are typing mistakes, not billing. */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2199;

/**
 * An ISO 8601 instant with a time zone (offset with or without a colon), or null when it is
 * not one or names a moment that does not exist. JavaScript's Date rolls 2026-02-30 over to
 * 2 March and 24:00 to the next day; both are refused here, as are years outside
 * EARLIEST_YEAR–LATEST_YEAR and offsets beyond ±14:00.
 */
export function parseIsoInstant(text: string): Date | null {
  const match = ISO_INSTANT.exec(text);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, , offsetHours, offsetMinutes] = match;
  if (!isIsoDate(`${year}-${month}-${day}`)) return null;
  if (Number(year) < EARLIEST_YEAR || Number(year) > LATEST_YEAR) return null;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 59) return null;
  if (offsetHours !== undefined && (Number(offsetHours) > 14 || Number(offsetMinutes) > 59)) return null;
  // Date parses only the colon form of an offset.
  const normalised = offsetHours === undefined ? text : text.replace(/([+-]\d{2}):?(\d{2})$/, '$1:$2');
  const instant = new Date(normalised);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

/** A real calendar date within EARLIEST_YEAR–LATEST_YEAR. */
export function isSaneIsoDate(text: string): boolean {
  if (!isIsoDate(text)) return false;
  const year = Number(text.slice(0, 4));
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
}

/**
 * One formatter per locale, kept: making an Intl.DateTimeFormat costs several times what
 * formatting with it does, and every invoice email formats a range per recurring line.
 */
const dayFormats = new Map<string | undefined, Intl.DateTimeFormat>();
function dayFormatOf(locale: string | undefined): Intl.DateTimeFormat {
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    dayFormats.set(locale, format);
  }
  return format;
}

/**
 * The days [start, end) as people read them, end inclusive: "Dec 1 – 31, 2026",
 * "Nov 15 – Dec 14, 2026". Dates are calendar days, never shifted through a time zone.
 */
export function formatDayRange(
  start: string,
  endExclusive: string,
  locale: string | undefined = 'en-US',
): string {
  const format = dayFormatOf(locale);
  const last = utcDayStart(addDays(endExclusive, -1));
  return start >= addDays(endExclusive, -1)
    ? format.format(utcDayStart(start))
    : format.formatRange(utcDayStart(start), last);
}
