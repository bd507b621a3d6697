import { describe, expect, it } from 'vitest';
import { parseBandLines, parseHolidayLines } from './band-lines';

describe('time bands and holidays as the deck import reads them', () => {
  it('reads weekday bands, date-specific bands and holidays', () => {
    expect(
      parseBandLines('offpeak 1-5 19:00-07:00\noffpeak 6,7 00:00-24:00\neve 2026-12-24 18:00-24:00\n'),
    ).toEqual({
      timeBands: [
        { name: 'offpeak', weekdays: [1, 2, 3, 4, 5], startMinute: 1140, endMinute: 420 },
        { name: 'offpeak', weekdays: [6, 7], startMinute: 0, endMinute: 1440 },
        { name: 'eve', weekdays: [], dates: ['2026-12-24'], startMinute: 1080, endMinute: 1440 },
      ],
      problems: [],
    });
    expect(parseHolidayLines('2026-12-25 holiday\n 2026-12-26  offpeak ')).toEqual({
      holidays: [
        { date: '2026-12-25', band: 'holiday' },
        { date: '2026-12-26', band: 'offpeak' },
      ],
      problems: [],
    });
  });

  it('names the lines it cannot read', () => {
    expect(parseBandLines('weekend all day').problems).toEqual([
      '"weekend all day" is not "name days HH:MM-HH:MM".',
    ]);
    expect(parseHolidayLines('25/12 holiday').problems).toEqual([
      '"25/12 holiday" is not "YYYY-MM-DD band".',
    ]);
  });
});
