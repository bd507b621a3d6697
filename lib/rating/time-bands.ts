/**
 * Time-of-day bands (peak, off-peak, weekend…) in the rate plan's time zone, and the dates
 * that override them. A call's band is found from its local start date and time, in this
 * order (the first that applies wins; none means the standard rate):
 * 1. date-specific bands: a band with `dates` applies on those local dates only, at its
 *    times (read on the listed date itself, weekdays ignored), e.g. 24 Dec from 18:00;
 * 2. the holiday calendar: a date listed there takes its band all day, e.g. 25 Dec → offpeak;
 * 3. weekday bands (without `dates`), in the order given.
 * Dates and times are local, so a holiday on a day with a daylight-saving change lasts
 * that day's 23 or 25 hours.
 */
export interface TimeBand {
  name: string;
  /** ISO weekdays, 1 = Monday … 7 = Sunday, of the local start time; ignored when `dates` is set. */
  weekdays: number[];
  /** Local dates (YYYY-MM-DD) the band is limited to; absent or empty for a weekday band. */
  dates?: string[] | null;
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

interface LocalBlock {
  weekday: number;
  /** Local minute of the day at the block's start. */
  minute: number;
  date: string;
}

/**
 * Every UTC offset in use is a whole number of quarter hours, and every daylight-saving
 * change happens on a quarter hour, so within a 15-minute UTC block the offset cannot change
 * and local time cannot cross midnight. Local time is therefore looked up once per block
 * and time zone (Intl is slow) and extended by the minutes into the block.
 */
const BLOCK_MS = 15 * 60 * 1000;
const MAX_CACHED_BLOCKS = 200_000;
const blocks = new Map<string, Map<number, LocalBlock>>();

function localBlock(instant: Date, timeZone: string): { block: LocalBlock; minutesIn: number } {
  const time = instant.getTime();
  const index = Math.floor(time / BLOCK_MS);
  let zone = blocks.get(timeZone);
  if (!zone) {
    zone = new Map();
    blocks.set(timeZone, zone);
  }
  let block = zone.get(index);
  if (!block) {
    const start = new Date(index * BLOCK_MS);
    let weekday = 0;
    let hour = 0;
    let minute = 0;
    for (const part of formatterFor(timeZone).formatToParts(start)) {
      if (part.type === 'weekday') weekday = weekdayNumber[part.value] ?? 0;
      else if (part.type === 'hour') hour = Number(part.value);
      else if (part.type === 'minute') minute = Number(part.value);
    }
    block = { weekday, minute: hour * 60 + minute, date: dateFormatterFor(timeZone).format(start) };
    if (zone.size >= MAX_CACHED_BLOCKS) zone.clear();
    zone.set(index, block);
  }
  return { block, minutesIn: Math.floor((time - index * BLOCK_MS) / 60_000) };
}

/** Local ISO weekday and minute of the day of an instant in a time zone (DST-aware). */
export function localWeekdayAndMinute(instant: Date, timeZone: string): { weekday: number; minute: number } {
  const { block, minutesIn } = localBlock(instant, timeZone);
  return { weekday: block.weekday, minute: block.minute + minutesIn };
}

function containsMinute(band: TimeBand, minute: number): boolean {
  return band.startMinute < band.endMinute
    ? minute >= band.startMinute && minute < band.endMinute
    : minute >= band.startMinute || minute < band.endMinute;
}

const isDated = (band: TimeBand) => (band.dates?.length ?? 0) > 0;

/** A date the holiday calendar gives a band all day. */
export interface Holiday {
  /** Local date, YYYY-MM-DD. */
  date: string;
  band: string;
}

/**
 * Name of the band the instant falls in, or null for the standard rate; the order of
 * precedence is TimeBand's. `holidays` maps a local date to its band.
 */
export function bandAt(
  instant: Date,
  timeZone: string,
  bands: readonly TimeBand[],
  holidays: ReadonlyMap<string, string> = new Map(),
): string | null {
  if (bands.length === 0 && holidays.size === 0) return null;
  const { block, minutesIn } = localBlock(instant, timeZone);
  const minute = block.minute + minutesIn;
  const dated = bands.find(
    (band) => isDated(band) && band.dates?.includes(block.date) && containsMinute(band, minute),
  );
  if (dated) return dated.name;
  const holiday = holidays.get(block.date);
  if (holiday !== undefined) return holiday;
  return (
    bands.find(
      (band) => !isDated(band) && band.weekdays.includes(block.weekday) && containsMinute(band, minute),
    )?.name ?? null
  );
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether text is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** Problems with a holiday calendar, or null. */
export function holidaysProblem(holidays: readonly Holiday[]): string | null {
  const seen = new Set<string>();
  for (const holiday of holidays) {
    if (!isIsoDate(holiday.date)) return `Holiday "${holiday.date}" is not a date (YYYY-MM-DD).`;
    if (!/^[a-z][a-z0-9_]*$/.test(holiday.band))
      return `Holiday ${holiday.date}: "${holiday.band}" is not a band name (lower-case letters, digits, _).`;
    if (seen.has(holiday.date)) return `Holiday ${holiday.date} is listed twice.`;
    seen.add(holiday.date);
  }
  return null;
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
    (band.weekdays.length === 0 && !isDated(band)) ||
    band.weekdays.some((day) => !Number.isInteger(day) || day < 1 || day > 7)
  ) {
    return `Band "${band.name}": weekdays are 1 (Monday) to 7 (Sunday).`;
  }
  for (const date of band.dates ?? []) {
    if (!isIsoDate(date)) return `Band "${band.name}": "${date}" is not a date (YYYY-MM-DD).`;
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

function dateFormatterFor(timeZone: string): Intl.DateTimeFormat {
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
  return formatter;
}

/** The calendar date (YYYY-MM-DD) of an instant in a time zone: which deck version applies. */
export function localDate(instant: Date, timeZone: string): string {
  return localBlock(instant, timeZone).block.date;
}
