import { describe, expect, it } from 'vitest';
import { daytimeZones } from './dunning-daytime';

describe('dunning daytime', () => {
  it('is 09:00 up to 17:00 local time, each zone on its own day', () => {
    const zones = ['America/New_York', 'Europe/Paris', 'Asia/Tokyo', 'Pacific/Auckland'];
    // 2027-01-15 14:00 UTC: 09:00 New York, 15:00 Paris, 23:00 Tokyo, 03:00 (the 16th) Auckland.
    expect(daytimeZones(zones, new Date('2027-01-15T14:00:00Z'), 'UTC')).toEqual([
      { zone: 'America/New_York', day: '2027-01-15' },
      { zone: 'Europe/Paris', day: '2027-01-15' },
    ]);
    // 13:59 UTC is 08:59 in New York; 16:00 UTC is 17:00 in Paris: both outside.
    expect(daytimeZones(['America/New_York'], new Date('2027-01-15T13:59:00Z'), 'UTC')).toEqual([]);
    expect(daytimeZones(['Europe/Paris'], new Date('2027-01-15T16:00:00Z'), 'UTC')).toEqual([]);
    // 21:00 UTC is 10:00 on the 16th in Auckland (summer time, UTC+13).
    expect(daytimeZones(['Pacific/Auckland'], new Date('2027-01-15T21:00:00Z'), 'UTC')).toEqual([
      { zone: 'Pacific/Auckland', day: '2027-01-16' },
    ]);
  });

  it('follows daylight saving time', () => {
    // 13:30 UTC is 08:30 in New York in winter (UTC-5), 09:30 in summer (UTC-4).
    expect(daytimeZones(['America/New_York'], new Date('2027-01-15T13:30:00Z'), 'UTC')).toEqual([]);
    expect(daytimeZones(['America/New_York'], new Date('2027-07-15T13:30:00Z'), 'UTC')).toEqual([
      { zone: 'America/New_York', day: '2027-07-15' },
    ]);
  });

  it('reads a zone it does not know in the organization’s, keeping the stored name for the match', () => {
    expect(daytimeZones(['Mars/Olympus'], new Date('2027-01-15T15:00:00Z'), 'America/Chicago')).toEqual([
      { zone: 'Mars/Olympus', day: '2027-01-15' },
    ]);
  });
});
