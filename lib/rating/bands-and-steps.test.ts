import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundingPolicyOf } from '../catalog/rounding-policy';
import { Dec } from '../money/decimal';
import { roundCallCharge, roundLineAmount } from '../money/rounding';
import { billableSeconds } from './billing-increments';
import type { DestinationRate } from './destinations';
import { PrefixIndex } from './prefix-index';
import { type CompiledRateDeck, rateCall, termsInBand } from './rate-call';
import {
  billedSteps,
  parseRateSteps,
  type RateStep,
  rateStepsProblem,
  uncoveredStepCost,
} from './rate-steps';
import { bandAt, holidaysProblem, type TimeBand, timeBandProblem } from './time-bands';

const d = (value: string | number) => new Dec(value);
const policy = { mode: 'half_up' as const, callDecimals: 4 };
const step = (fromSecond: number, rate: string, incrementSeconds: number): RateStep => ({
  fromSecond,
  ratePerMinute: d(rate),
  incrementSeconds,
});

describe('multi-step rates', () => {
  const steps = [step(0, '0.10', 60), step(60, '0.05', 1)];

  it('bills each step in its own increment', () => {
    expect(billedSteps(0, steps)).toEqual([]);
    expect(billedSteps(5, steps).map((s) => s.seconds)).toEqual([60]);
    expect(billedSteps(60, steps).map((s) => s.seconds)).toEqual([60]);
    expect(billedSteps(75, steps).map((s) => s.seconds)).toEqual([60, 15]);
    const three = [step(0, '1', 30), step(30, '0.5', 6), step(60, '0.1', 10)];
    // 0–30 in one 30 s block, 30–60 in 6 s blocks (30 s), 60–61 → one 10 s block
    expect(billedSteps(61, three).map((s) => s.seconds)).toEqual([30, 30, 10]);
    expect(billedSteps(31, three).map((s) => s.seconds)).toEqual([30, 6]);
  });

  it('agrees with initial/subsequent increments when both steps share a rate (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 3600 }),
        (blocks, subsequent, duration) => {
          const initial = blocks * subsequent;
          const asSteps = billedSteps(duration, [step(0, '0.1', initial), step(initial, '0.1', subsequent)]);
          const total = asSteps.reduce((sum, s) => sum + s.seconds, 0);
          return (
            total === billableSeconds(duration, { initialSeconds: initial, subsequentSeconds: subsequent })
          );
        },
      ),
    );
  });

  it('charges uncovered seconds from the last step backwards', () => {
    const billed = billedSteps(90, [step(0, '0.60', 60), step(60, '0.06', 1)]);
    expect(uncoveredStepCost(billed, 90).toString()).toBe('0.63');
    expect(uncoveredStepCost(billed, 20).toString()).toBe('0.02');
    expect(uncoveredStepCost(billed, 40).toString()).toBe('0.13'); // 30 s × 0.06 + 10 s × 0.60
    expect(uncoveredStepCost(billed, 0).toString()).toBe('0');
  });

  it('refuses steps that do not start at 0, overlap, or cut an increment at a boundary', () => {
    expect(rateStepsProblem([step(0, '1', 60), step(60, '0.5', 1)])).toBeNull();
    expect(rateStepsProblem([step(1, '1', 60)])).toMatch(/second 0/);
    expect(rateStepsProblem([step(0, '1', 60), step(0, '0.5', 1)])).toMatch(/must start after/);
    expect(rateStepsProblem([step(0, '1', 45), step(60, '0.5', 1)])).toMatch(/whole number of its 45 s/);
    expect(rateStepsProblem([step(0, '1', 0)])).toMatch(/increment/);
  });

  it('reads steps written "from:rate:increment"', () => {
    expect(parseRateSteps('0:0.10:60 60:0.05:1')).toEqual([
      { fromSecond: 0, ratePerMinute: '0.10', incrementSeconds: 60 },
      { fromSecond: 60, ratePerMinute: '0.05', incrementSeconds: 1 },
    ]);
    expect(parseRateSteps('0:0.10:60;60:0.05:1')).toHaveLength(2);
    expect(parseRateSteps('0:0.10')).toBeNull();
    expect(parseRateSteps('')).toBeNull();
  });
});

const weekdays = [1, 2, 3, 4, 5, 6, 7];
const offpeak: TimeBand = { name: 'offpeak', weekdays: [6, 7], startMinute: 0, endMinute: 1440 };
const peak: TimeBand = { name: 'peak', weekdays: [1, 2, 3, 4, 5], startMinute: 8 * 60, endMinute: 18 * 60 };
const christmasEve: TimeBand = {
  name: 'eve',
  weekdays: [],
  dates: ['2026-12-24'],
  startMinute: 18 * 60,
  endMinute: 1440,
};

describe('date-specific bands and holidays', () => {
  const holidays = new Map([
    ['2026-12-25', 'holiday'],
    ['2026-12-24', 'holiday'],
  ]);
  const bands = [peak, offpeak, christmasEve];
  const at = (iso: string, zone = 'UTC') => bandAt(new Date(iso), zone, bands, holidays);

  it('takes a date-specific band before the holiday, and the holiday before weekday bands', () => {
    expect(at('2026-12-23T10:00:00Z')).toBe('peak'); // a Wednesday
    expect(at('2026-12-24T10:00:00Z')).toBe('holiday'); // a holiday, before peak
    expect(at('2026-12-24T19:00:00Z')).toBe('eve'); // date-specific, before the holiday
    expect(at('2026-12-25T10:00:00Z')).toBe('holiday');
    expect(at('2026-12-26T10:00:00Z')).toBe('offpeak'); // Saturday
    expect(at('2026-12-28T07:00:00Z')).toBeNull(); // Monday before peak
  });

  it('reads holiday dates in the plan’s time zone, 25 hours long across a DST change', () => {
    // Europe/London leaves summer time on Sunday 25 Oct 2026 at 01:00 UTC: the local date
    // 2026-10-25 runs from 23:00 UTC on the 24th to 00:00 UTC on the 26th.
    const autumn = new Map([['2026-10-25', 'holiday']]);
    const london = (iso: string) => bandAt(new Date(iso), 'Europe/London', [peak], autumn);
    expect(london('2026-10-24T22:59:00Z')).toBeNull(); // 23:59 BST on the 24th (a Saturday)
    expect(london('2026-10-24T23:00:00Z')).toBe('holiday'); // 00:00 BST on the 25th
    expect(london('2026-10-25T00:30:00Z')).toBe('holiday'); // 01:30 BST
    expect(london('2026-10-25T01:30:00Z')).toBe('holiday'); // 01:30 GMT, the repeated hour
    expect(london('2026-10-25T23:59:00Z')).toBe('holiday'); // 23:59 GMT on the 25th
    expect(london('2026-10-26T00:00:00Z')).toBeNull(); // Monday 00:00 GMT
    expect(london('2026-10-26T08:00:00Z')).toBe('peak');
    // and a 23-hour holiday in spring: 29 Mar 2026 runs 00:00 UTC to 23:00 UTC
    const spring = new Map([['2026-03-29', 'holiday']]);
    const springAt = (iso: string) => bandAt(new Date(iso), 'Europe/London', [], spring);
    expect(springAt('2026-03-28T23:59:00Z')).toBeNull();
    expect(springAt('2026-03-29T00:00:00Z')).toBe('holiday');
    expect(springAt('2026-03-29T22:59:00Z')).toBe('holiday'); // 23:59 BST
    expect(springAt('2026-03-29T23:00:00Z')).toBeNull(); // 00:00 BST on the 30th
  });

  it('validates dates and holidays', () => {
    expect(timeBandProblem(christmasEve)).toBeNull();
    expect(timeBandProblem({ ...christmasEve, dates: ['2026-02-30'] })).toMatch(/not a date/);
    expect(timeBandProblem({ ...christmasEve, dates: [] })).toMatch(/weekdays/);
    expect(holidaysProblem([{ date: '2026-12-25', band: 'offpeak' }])).toBeNull();
    expect(holidaysProblem([{ date: '25/12/2026', band: 'offpeak' }])).toMatch(/not a date/);
    expect(
      holidaysProblem([
        { date: '2026-12-25', band: 'offpeak' },
        { date: '2026-12-25', band: 'holiday' },
      ]),
    ).toMatch(/twice/);
  });
});

describe('bands with their own connection fee, increments and steps', () => {
  const rate: DestinationRate = {
    prefix: '44',
    destination: 'United Kingdom',
    destinationClass: 'international',
    ratePerMinute: d('0.06'),
    increment: { initialSeconds: 60, subsequentSeconds: 6 },
    connectionFee: d('0.05'),
    bandRates: new Map([['holiday', d('0.03')]]),
    bandTerms: new Map([
      ['holiday', { connectionFee: d('0'), increment: { initialSeconds: 1, subsequentSeconds: 1 } }],
      ['night', { increment: { subsequentSeconds: 60 } }],
      ['stepped', { steps: [step(0, '0.12', 60), step(60, '0.01', 1)] }],
    ]),
  };
  const deck: CompiledRateDeck = {
    index: new PrefixIndex([rate]),
    timeZone: 'UTC',
    bands: [{ name: 'night', weekdays, startMinute: 0, endMinute: 6 * 60 }],
    holidays: new Map([
      ['2026-12-25', 'holiday'],
      ['2026-12-26', 'stepped'],
    ]),
  };
  const rated = (iso: string, seconds: number) => {
    const rating = rateCall(
      { destinationNumber: '+442079460000', durationSeconds: seconds, startedAt: new Date(iso) },
      deck,
      policy,
    );
    if (rating.status !== 'rated') throw new Error('unrated');
    return rating;
  };

  it('falls back to the row for what a band leaves out', () => {
    expect(termsInBand(rate, 'night')).toMatchObject({
      ratePerMinute: d('0.06'),
      connectionFee: d('0.05'),
      increment: { initialSeconds: 60, subsequentSeconds: 60 },
      steps: null,
    });
    expect(termsInBand(rate, null).increment).toEqual({ initialSeconds: 60, subsequentSeconds: 6 });
  });

  it('rates a call with the band’s fee, increments and rate', () => {
    // standard: 60/6 → 66 s, 0.05 + 66 × 0.06 / 60 = 0.116
    expect(rated('2026-12-23T10:00:00Z', 61)).toMatchObject({ band: null, billableSeconds: 66 });
    expect(rated('2026-12-23T10:00:00Z', 61).charge.toString()).toBe('0.116');
    // holiday: 1/1, no fee, 0.03 → 61 s × 0.03 / 60 = 0.0305
    const holiday = rated('2026-12-25T10:00:00Z', 61);
    expect([holiday.band, holiday.billableSeconds, holiday.charge.toString()]).toEqual([
      'holiday',
      61,
      '0.0305',
    ]);
    expect(holiday.connectionFee.toString()).toBe('0');
    // night: 60/60 → 120 s, 0.05 + 0.12 = 0.17
    expect(rated('2026-12-23T01:00:00Z', 61).charge.toString()).toBe('0.17');
  });

  it('rates a stepped band by its steps, keeping the steps on the rating', () => {
    const call = rated('2026-12-26T10:00:00Z', 75);
    expect(call.billableSeconds).toBe(75);
    expect(call.steps?.map((s) => [s.seconds, s.ratePerMinute.toString()])).toEqual([
      [60, '0.12'],
      [15, '0.01'],
    ]);
    // 0.05 + (60 × 0.12 + 15 × 0.01) / 60 = 0.05 + 0.1225 = 0.1725
    expect(call.charge.toString()).toBe('0.1725');
    // a call within the first step is stored at one rate
    const short = rated('2026-12-26T10:00:00Z', 30);
    expect([short.steps, short.billableSeconds, short.ratePerMinute.toString()]).toEqual([null, 60, '0.12']);
  });
});

describe('rounding resolved per rate plan and price', () => {
  const catalog = { roundingMode: 'half_even' as const, callDecimals: 4, lineDecimals: null };

  it('takes the plan’s call rounding and the price’s line rounding over the catalog’s', () => {
    const inherited = roundingPolicyOf(catalog);
    expect(roundCallCharge(d('0.01234'), inherited).toString()).toBe('0.0123');
    const plan = roundingPolicyOf(catalog, { ratePlan: { callRoundingMode: 'up', callDecimals: 2 } });
    expect(roundCallCharge(d('0.01234'), plan).toString()).toBe('0.02');
    // lines still half-even to the currency's cents
    expect(roundLineAmount(d('0.125'), 'USD', plan).toString()).toBe('0.12');
    const price = roundingPolicyOf(catalog, { price: { lineRoundingMode: 'half_up', lineDecimals: null } });
    expect(roundLineAmount(d('0.125'), 'USD', price).toString()).toBe('0.13');
    const priceDecimals = roundingPolicyOf(catalog, { price: { lineRoundingMode: null, lineDecimals: 3 } });
    expect(roundLineAmount(d('0.1255'), 'USD', priceDecimals).toString()).toBe('0.126');
    // a plan that sets only its decimals keeps the catalog's mode
    const decimalsOnly = roundingPolicyOf(catalog, { ratePlan: { callRoundingMode: null, callDecimals: 2 } });
    expect(roundCallCharge(d('0.125'), decimalsOnly).toString()).toBe('0.12');
  });
});
