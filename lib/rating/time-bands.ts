/**
 * Time-of-day bands (peak, off-peak, weekend…) in the rate plan's time zone. A call takes
 * the first band that contains its local start time; none means the standard rate.
 */
export interface TimeBand {
  name: string;
  /** ISO weekdays, 1 = Monday … 7 = Sunday, of the local start time. */
  weekdays: number[];
  /** Minutes after local midnight: from (inclusive) to (exclusive). A band with
   *  endMinute ≤ startMinute runs past midnight (e.g. 18:00–08:00). */
  startMinute: number;
  endMinute: number;
}

const weekdayNumber: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Local ISO weekday and minute of the day of an instant in a time zone (DST-aware). */
export function localWeekdayAndMinute(instant: Date, timeZone: string): { weekday: number; minute: number } {
  let weekday = 0;
  let hour = 0;
  let minute = 0;
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type === 'weekday') weekday = weekdayNumber[part.value] ?? 0;
    else if (part.type === 'hour') hour = Number(part.value);
    else if (part.type === 'minute') minute = Number(part.value);
  }
  return { weekday, minute: hour * 60 + minute };
}

function contains(band: TimeBand, weekday: number, minute: number): boolean {
  if (!band.weekdays.includes(weekday)) return false;
  return band.startMinute < band.endMinute
    ? minute >= band.startMinute && minute < band.endMinute
    : minute >= band.startMinute || minute < band.endMinute;
}

/** Name of the band the instant falls in, or null for the standard rate. */
export function bandAt(instant: Date, timeZone: string, bands: readonly TimeBand[]): string | null {
  if (bands.length === 0) return null;
  const { weekday, minute } = localWeekdayAndMinute(instant, timeZone);
  return bands.find((band) => contains(band, weekday, minute))?.name ?? null;
}

export function isTimeZone(name: string): boolean {
  try {
    formatterFor(name);
    return true;
  } catch {
    return false;
  }
}

/** Problems with a band definition, or null. */
export function timeBandProblem(band: TimeBand): string | null {
  if (!band.name.trim()) return 'A time band needs a name.';
  if (
    band.weekdays.length === 0 ||
    band.weekdays.some((day) => !Number.isInteger(day) || day < 1 || day > 7)
  ) {
    return `Band "${band.name}": weekdays are 1 (Monday) to 7 (Sunday).`;
  }
  for (const minute of [band.startMinute, band.endMinute]) {
    if (!Number.isInteger(minute) || minute < 0 || minute > 1440)
      return `Band "${band.name}": times must be between 00:00 and 24:00.`;
  }
  if (band.startMinute === band.endMinute)
    return `Band "${band.name}" is empty: it starts and ends at the same time.`;
  return null;
}

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date (YYYY-MM-DD) of an instant in a time zone: which deck version applies. */
export function localDate(instant: Date, timeZone: string): string {
  let formatter = dateFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dateFormatters.set(timeZone, formatter);
  }
  return formatter.format(instant);
}
