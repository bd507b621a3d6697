import type { HolidayInput, TimeBandInput } from '@/app/_gql/graphql';

/**
 * The deck import's time bands and holidays, one a line, as a person writes them:
 *   offpeak 6,7 00:00-24:00          weekdays (1 = Monday … 7 = Sunday) and local times
 *   offpeak 1-5 19:00-07:00          a range of weekdays; past midnight when it ends earlier
 *   eve 2026-12-24 18:00-24:00       a date-specific band (dates separated by commas)
 *   2026-12-25 holiday               a holiday: the date takes the band all day
 * Only the shape is read here; the API checks the rules and names what is wrong.
 */
export function parseBandLines(text: string): { timeBands: TimeBandInput[]; problems: string[] } {
  const timeBands: TimeBandInput[] = [];
  const problems: string[] = [];
  for (const line of lines(text)) {
    const match = /^([a-z][a-z0-9_]*)\s+([0-9,-]+)\s+(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$/.exec(line);
    if (!match) {
      problems.push(`"${line}" is not "name days HH:MM-HH:MM".`);
      continue;
    }
    const [, name, days, h1, m1, h2, m2] = match as unknown as string[];
    const startMinute = Number(h1) * 60 + Number(m1);
    const endMinute = Number(h2) * 60 + Number(m2);
    const dates = (days as string).split(',').filter((part) => /^\d{4}-\d{2}-\d{2}$/.test(part));
    if (dates.length > 0) {
      timeBands.push({ name: name as string, weekdays: [], dates, startMinute, endMinute });
      continue;
    }
    const weekdays = (days as string).split(',').flatMap((part) => {
      const range = /^(\d)-(\d)$/.exec(part);
      if (!range) return [Number(part)];
      const out: number[] = [];
      for (let day = Number(range[1]); day <= Number(range[2]); day++) out.push(day);
      return out;
    });
    timeBands.push({ name: name as string, weekdays, startMinute, endMinute });
  }
  return { timeBands, problems };
}

export function parseHolidayLines(text: string): { holidays: HolidayInput[]; problems: string[] } {
  const holidays: HolidayInput[] = [];
  const problems: string[] = [];
  for (const line of lines(text)) {
    const match = /^(\d{4}-\d{2}-\d{2})\s+([a-z][a-z0-9_]*)$/.exec(line);
    if (match) holidays.push({ date: match[1] as string, band: match[2] as string });
    else problems.push(`"${line}" is not "YYYY-MM-DD band".`);
  }
  return { holidays, problems };
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
