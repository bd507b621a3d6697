import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../money/decimal';
import type { RoundingPolicy } from '../money/rounding';
import { type BillingIncrement, billableSeconds, parseBillingIncrement } from './billing-increments';
import { type DestinationRate, normalizeNumber } from './destinations';
import { PrefixIndex } from './prefix-index';
import { callCharge, rateCall } from './rate-call';
import { bandAt, localDate, localWeekdayAndMinute, type TimeBand } from './time-bands';
import { voiceLinesOf } from './voice-lines';

const d = (value: string | number) => new Dec(value);
const inc = (text: string): BillingIncrement => {
  const parsed = parseBillingIncrement(text);
  if (!parsed) throw new Error(text);
  return parsed;
};
const policy: RoundingPolicy = { mode: 'half_up', callDecimals: 4 };

describe('billing increments: worked examples from public carrier documentation', () => {
  it('6/6: a 5-second call bills 6, an 8-second call 12', () => {
    // https://warmconnect02.cc.shopshastra.com/blog/tag/billing/ ("6/6 billing explanation")
    expect(billableSeconds(5, inc('6/6'))).toBe(6);
    expect(billableSeconds(8, inc('6/6'))).toBe(12);
  });

  it('30/6: 10 seconds bill 30, 31 seconds bill 36', () => {
    // http://vaasconsumer.com/call-billing-increment/
    expect(billableSeconds(10, inc('30/6'))).toBe(30);
    expect(billableSeconds(31, inc('30/6'))).toBe(36);
  });

  it('60/10 bills 83 seconds as 90; 60/60 bills them as two minutes', () => {
    // https://www.itwissen.info/en/billing-increment-122850.html
    expect(billableSeconds(83, inc('60/10'))).toBe(90);
    expect(billableSeconds(83, inc('60/60'))).toBe(120);
  });

  it('US 6/6 bills 10 seconds as 12; Mexico 60/60 bills them as 60', () => {
    // https://support.commpeak.com/hc/en-us/articles/6851497690397-What-does-billing-increment-mean-
    expect(billableSeconds(10, inc('6/6'))).toBe(12);
    expect(billableSeconds(10, inc('60/60'))).toBe(60);
  });

  it('30/6 at 4.9 cents a minute: 30 seconds cost 2.45 cents, 62 seconds (billed 66) cost 5.39 cents', () => {
    // http://www.savemoreonphoneservice.com/6secondbilling.htm
    const rate = d('0.049');
    const cents = (seconds: number) => {
      const billable = billableSeconds(seconds, inc('30/6'));
      return callCharge({ billable, uncovered: billable }, rate, d(0), policy).times(100).toString();
    };
    expect(cents(30)).toBe('2.45');
    expect(cents(62)).toBe('5.39');
  });

  it('1/1 is per second; a 0-second call bills nothing', () => {
    expect(billableSeconds(37, inc('1/1'))).toBe(37);
    expect(billableSeconds(0, inc('60/6'))).toBe(0);
  });

  it('refuses nonsense', () => {
    for (const bad of ['0/6', '60/0', '60', '6/6/6', 'a/b', '-1/6'])
      expect(parseBillingIncrement(bad)).toBeNull();
    expect(() => billableSeconds(-1, inc('1/1'))).toThrow(RangeError);
    expect(() => billableSeconds(1.5, inc('1/1'))).toThrow(RangeError);
  });

  it('bills at least the duration and less than one extra increment (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 1, max: 120 }),
        (duration, initial, subsequent) => {
          const billed = billableSeconds(duration, {
            initialSeconds: initial,
            subsequentSeconds: subsequent,
          });
          expect(billed).toBeGreaterThanOrEqual(duration);
          expect(billed).toBeGreaterThanOrEqual(initial);
          if (duration > initial) {
            expect(billed - duration).toBeLessThan(subsequent);
            expect((billed - initial) % subsequent).toBe(0);
          }
        },
      ),
    );
  });
});

function rate(
  prefix: string,
  destination: string,
  ratePerMinute: string,
  extra: Partial<DestinationRate> = {},
): DestinationRate {
  return {
    prefix,
    destination,
    destinationClass: 'international',
    ratePerMinute: d(ratePerMinute),
    increment: inc('60/6'),
    connectionFee: d(0),
    ...extra,
  };
}

describe('longest-prefix matching', () => {
  const index = new PrefixIndex([
    rate('44', 'United Kingdom', '0.03'),
    rate('447', 'United Kingdom - mobile', '0.09'),
    rate('4420', 'United Kingdom - London', '0.025'),
    rate('1', 'United States/Canada', '0.015', { destinationClass: 'domestic' }),
    rate('1876', 'Jamaica', '0.18'),
  ]);
  const match = (number: string) => index.match(number)?.destination ?? null;

  it('picks the longest prefix: 44 / 447 / 4420', () => {
    expect(match('447911123456')).toBe('United Kingdom - mobile');
    expect(match('442079460000')).toBe('United Kingdom - London');
    expect(match('441132345678')).toBe('United Kingdom');
    expect(match('4420')).toBe('United Kingdom - London');
    expect(match('44')).toBe('United Kingdom');
  });

  it('does not match a prefix longer than the number, nor an unknown country', () => {
    expect(match('4')).toBeNull();
    expect(match('33123456789')).toBeNull();
    expect(match('18765551234')).toBe('Jamaica');
    expect(match('12125551234')).toBe('United States/Canada');
  });

  it('normalises dialled numbers to E.164 digits and rejects the rest', () => {
    expect(normalizeNumber('+44 20 7946-0000')).toBe('442079460000');
    expect(normalizeNumber('(212) 555.1234')).toBe('2125551234');
    for (const bad of ['', '+', 'abc', '12a4', '1'.repeat(21)]) expect(normalizeNumber(bad)).toBeNull();
  });

  it('matches what a linear scan for the longest prefix finds (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[1-9][0-9]{0,5}$/), { minLength: 1, maxLength: 40 }),
        fc.stringMatching(/^[1-9][0-9]{0,11}$/),
        (prefixes, number) => {
          const deck = new PrefixIndex(prefixes.map((prefix) => rate(prefix, prefix, '1')));
          const expected =
            prefixes.filter((prefix) => number.startsWith(prefix)).sort((a, b) => b.length - a.length)[0] ??
            null;
          expect(deck.match(number)?.prefix ?? null).toBe(expected);
        },
      ),
    );
  });
});

describe('time-of-day bands', () => {
  const peak: TimeBand = { name: 'peak', weekdays: [1, 2, 3, 4, 5], startMinute: 8 * 60, endMinute: 18 * 60 };
  const night: TimeBand = {
    name: 'night',
    weekdays: [1, 2, 3, 4, 5, 6, 7],
    startMinute: 22 * 60,
    endMinute: 6 * 60,
  };

  it('reads the local time in the plan time zone, across daylight saving', () => {
    // 2026-10-05 is a Monday; Chicago is UTC-5 in October (CDT) and UTC-6 after 1 November (CST).
    expect(localWeekdayAndMinute(new Date('2026-10-05T14:03:00Z'), 'America/Chicago')).toEqual({
      weekday: 1,
      minute: 9 * 60 + 3,
    });
    expect(localWeekdayAndMinute(new Date('2026-11-02T14:03:00Z'), 'America/Chicago')).toEqual({
      weekday: 1,
      minute: 8 * 60 + 3,
    });
    expect(localWeekdayAndMinute(new Date('2026-10-05T03:30:00Z'), 'America/Chicago')).toEqual({
      weekday: 7,
      minute: 22 * 60 + 30,
    });
  });

  it('dates a call by its local calendar day', () => {
    expect(localDate(new Date('2026-11-01T03:30:00Z'), 'America/Chicago')).toBe('2026-10-31');
    expect(localDate(new Date('2026-11-01T03:30:00Z'), 'Asia/Tokyo')).toBe('2026-11-01');
  });

  it('puts a call in the first band containing its local start', () => {
    const bands = [peak, night];
    expect(bandAt(new Date('2026-10-05T14:03:00Z'), 'America/Chicago', bands)).toBe('peak');
    expect(bandAt(new Date('2026-10-05T12:59:00Z'), 'America/Chicago', bands)).toBeNull(); // 07:59 Monday
    expect(bandAt(new Date('2026-10-05T23:00:00Z'), 'America/Chicago', bands)).toBeNull(); // 18:00 is off peak
    expect(bandAt(new Date('2026-10-05T04:00:00Z'), 'America/Chicago', bands)).toBe('night'); // 23:00 Sunday
    expect(bandAt(new Date('2026-10-10T15:00:00Z'), 'America/Chicago', bands)).toBeNull(); // Saturday 10:00
  });

  it('rates a call at its band rate, or the standard rate when the band has none', () => {
    const deck = {
      index: new PrefixIndex([
        rate('44', 'United Kingdom', '0.03', { bandRates: new Map([['peak', d('0.05')]]) }),
      ]),
      timeZone: 'Europe/London',
      bands: [peak],
    };
    const at = (iso: string) =>
      rateCall(
        { durationSeconds: 60, destinationNumber: '441132345678', startedAt: new Date(iso) },
        deck,
        policy,
      );
    expect(at('2026-10-05T09:00:00Z')).toMatchObject({ band: 'peak', charge: d('0.05') });
    expect(at('2026-10-05T19:00:00Z')).toMatchObject({ band: null, charge: d('0.03') });
  });
});

describe('rating calls', () => {
  const deck = {
    index: new PrefixIndex([
      rate('1876', 'Jamaica', '0.1800', { increment: inc('60/60'), connectionFee: d('0.0500') }),
      rate('1', 'United States/Canada', '0.0150', { destinationClass: 'domestic', increment: inc('6/6') }),
    ]),
    timeZone: 'UTC',
    bands: [],
  };
  const call = (destinationNumber: string, durationSeconds: number) =>
    rateCall(
      { destinationNumber, durationSeconds, startedAt: new Date('2026-10-05T10:00:00Z') },
      deck,
      policy,
    );

  it('charges connection fee plus billable seconds at the rate, rounded to the call decimals', () => {
    // 61 s on 60/60 bills 120 s: 0.05 + 120 × 0.18 / 60 = 0.41
    expect(call('18765551234', 61)).toMatchObject({
      status: 'rated',
      billableSeconds: 120,
      charge: d('0.41'),
    });
    // 46 s on 6/6 bills 48 s: 48 × 0.015 / 60 = 0.012
    expect(call('12125551234', 46)).toMatchObject({ billableSeconds: 48, charge: d('0.012') });
    // 7 s bills 12 s: 0.003
    expect(call('+1 212 555 1234', 7)).toMatchObject({ charge: d('0.003') });
  });

  it('does not charge a 0-second call, not even its connection fee', () => {
    expect(call('18765551234', 0)).toMatchObject({ status: 'rated', billableSeconds: 0, charge: d(0) });
  });

  it('keeps calls it cannot rate as unrated, with the reason', () => {
    expect(call('449', 30)).toEqual({ status: 'unrated', reason: 'NO_PREFIX_MATCH' });
    expect(call('not-a-number', 30)).toEqual({ status: 'unrated', reason: 'INVALID_NUMBER' });
  });

  it('rounds call charges with the catalog policy', () => {
    const charge = (mode: RoundingPolicy['mode'], decimals: number) =>
      callCharge({ billable: 7, uncovered: 7 }, d('0.0150'), d(0), {
        mode,
        callDecimals: decimals,
      }).toString();
    // 7 × 0.015 / 60 = 0.00175
    expect(charge('half_up', 4)).toBe('0.0018');
    expect(charge('half_even', 4)).toBe('0.0018');
    expect(charge('down', 4)).toBe('0.0017');
    expect(charge('half_even', 3)).toBe('0.002');
    expect(charge('down', 2)).toBe('0');
    expect(charge('up', 2)).toBe('0.01');
  });
});

describe('voice lines', () => {
  it('makes one line per destination, sorted, and rounds the sum of call charges once', () => {
    // Three 7 s calls of 0.0018 (0.00175 at 4 decimals) = 0.0054 → 0.01. (How calls are charged
    // after allowances and summed per destination: db/queries/voice-charges.)
    const lines = voiceLinesOf(
      [
        {
          destination: 'United States/Canada',
          calls: 3,
          billableSeconds: 21,
          coveredSeconds: 0,
          charge: d('0.0054'),
        },
        { destination: 'Jamaica', calls: 1, billableSeconds: 60, coveredSeconds: 60, charge: d('0.05') },
      ],
      'USD',
      policy,
    );
    expect(
      lines.map((line) => [
        line.destination,
        line.calls,
        line.billableMinutes.toString(),
        line.amount.toString(),
      ]),
    ).toEqual([
      ['Jamaica', 1, '1', '0.05'],
      ['United States/Canada', 3, '0.35', '0.01'],
    ]);
  });
});

describe('local time lookups', () => {
  it('agree with Intl for any instant, across daylight-saving changes and odd offsets (property)', () => {
    const zones = [
      'America/Chicago',
      'Europe/London',
      'Asia/Kathmandu',
      'Australia/Lord_Howe',
      'Asia/Kolkata',
      'UTC',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 0, 1) }),
        fc.constantFrom(...zones),
        (time, zone) => {
          const instant = new Date(time);
          const parts = Object.fromEntries(
            new Intl.DateTimeFormat('en-US', {
              timeZone: zone,
              weekday: 'short',
              hour: '2-digit',
              minute: '2-digit',
              hourCycle: 'h23',
            })
              .formatToParts(instant)
              .map((part) => [part.type, part.value]),
          );
          const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday ?? '') + 1;
          expect(localWeekdayAndMinute(instant, zone)).toEqual({
            weekday,
            minute: Number(parts.hour) * 60 + Number(parts.minute),
          });
          expect(localDate(instant, zone)).toBe(
            new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(instant),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });
});
