import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import { periodAfter } from '../rating/billing-cycles';
import { daysBetween } from '../rating/proration';
import { overlapOf, type Span, subtractSpans, unionOf } from '../rating/spans';
import {
  type AdvanceSettings,
  type BilledSpan,
  type RecurringTerms,
  recurringSpans,
} from './recurring-spans';

const nov = { start: '2026-11-01', end: '2026-12-01' };
const dec = { start: '2026-12-01', end: '2027-01-01' };
const usual: AdvanceSettings = { creditUnusedOnCancel: true, billPartialWithNextPeriod: true };
const advance = (terms: Partial<RecurringTerms>): RecurringTerms => ({
  start: '2026-01-01',
  end: null,
  timing: 'in_advance',
  anchorDay: null,
  replaced: false,
  ...terms,
});
const spansOf = (
  terms: RecurringTerms,
  settings: AdvanceSettings = usual,
  history: BilledSpan[] | null = null,
  window = { period: nov, next: dec },
) =>
  recurringSpans(terms, window, settings, history).map(
    (s) => `${s.credit ? 'credit' : 'charge'} ${s.service.start}..${s.service.end}`,
  );

describe('recurring lines of an invoice for November (usage) and December (ahead)', () => {
  it('in arrears: the days of November the subscription ran', () => {
    expect(spansOf(advance({ timing: 'in_arrears', start: '2026-11-15' }))).toEqual([
      'charge 2026-11-15..2026-12-01',
    ]);
  });

  it('in advance: December ahead, November having been billed ahead by the previous invoice', () => {
    expect(spansOf(advance({}))).toEqual(['charge 2026-12-01..2027-01-01']);
  });

  it('starting mid-November: the partial November and the next full month on one invoice', () => {
    expect(spansOf(advance({ start: '2026-11-15' }))).toEqual([
      'charge 2026-11-15..2026-12-01',
      'charge 2026-12-01..2027-01-01',
    ]);
  });

  it('starting mid-December: nothing yet, or (by the setting) the partial December alone, ahead', () => {
    expect(spansOf(advance({ start: '2026-12-10' }))).toEqual([]);
    expect(spansOf(advance({ start: '2026-12-10' }), { ...usual, billPartialWithNextPeriod: false })).toEqual(
      ['charge 2026-12-10..2027-01-01'],
    );
  });

  it('cancelled on 20 November: the unused days credited, or not by the setting; December not billed', () => {
    expect(spansOf(advance({ end: '2026-11-20' }))).toEqual(['credit 2026-11-20..2026-12-01']);
    expect(spansOf(advance({ end: '2026-11-20' }), { ...usual, creditUnusedOnCancel: false })).toEqual([]);
  });

  it('changed on 20 November: the old terms credited and the new charged, whatever the cancel setting', () => {
    const settings = { ...usual, creditUnusedOnCancel: false };
    expect(spansOf(advance({ end: '2026-11-20', replaced: true }), settings)).toEqual([
      'credit 2026-11-20..2026-12-01',
    ]);
    expect(spansOf(advance({ start: '2026-11-20' }), settings)).toEqual([
      'charge 2026-11-20..2026-12-01',
      'charge 2026-12-01..2027-01-01',
    ]);
  });

  it('an end date known ahead is billed in full and credited on the next invoice', () => {
    expect(spansOf(advance({ end: '2026-12-15' }))).toEqual(['charge 2026-12-01..2027-01-01']);
    expect(
      spansOf(advance({ end: '2026-12-15' }), usual, null, { period: dec, next: periodAfter(dec, 1) }),
    ).toEqual(['credit 2026-12-15..2027-01-01']);
  });

  it('earlier invoices, when there are any, say what was billed: nothing twice, nothing forgotten', () => {
    const billedNov: BilledSpan = { start: '2026-11-01', end: '2026-12-01', credit: false };
    expect(spansOf(advance({ end: '2026-11-20' }), usual, [billedNov])).toEqual([
      'credit 2026-11-20..2026-12-01',
    ]);
    expect(
      spansOf(advance({ end: '2026-11-20' }), usual, [
        billedNov,
        { start: '2026-11-20', end: '2026-12-01', credit: true },
      ]),
    ).toEqual([]);
    // Started on 1 November but entered after the October invoice went out: caught up.
    expect(spansOf(advance({ start: '2026-11-01' }), usual, [])).toEqual([
      'charge 2026-11-01..2026-12-01',
      'charge 2026-12-01..2027-01-01',
    ]);
  });

  it('aligned to its own start day (the 15th): cycles from the 15th, each billed the month before', () => {
    expect(spansOf(advance({ start: '2026-10-15', anchorDay: 15 }))).toEqual([
      'charge 2026-12-15..2027-01-15',
    ]);
    expect(spansOf(advance({ start: '2026-10-15', anchorDay: 15, timing: 'in_arrears' }))).toEqual([
      'charge 2026-10-15..2026-11-15',
    ]);
  });
});

describe('a year of invoices', () => {
  const months = Array.from({ length: 12 }, (_, i) => ({
    start: monthStart('2026-01-01', i),
    end: monthStart('2026-01-01', i + 1),
  }));
  const day = fc.integer({ min: 0, max: 330 }).map((n) => addDays('2026-01-01', n));

  it.each([
    ['with earlier invoices read back', true],
    ["by the previous system's rule alone (the subscription unchanged meanwhile)", false],
  ])('bills each day a subscription runs exactly once (charges less credits), %s', (_, readBack) => {
    fc.assert(
      fc.property(
        day,
        fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
        fc.option(fc.integer({ min: 1, max: 28 }), { nil: null }),
        fc.constantFrom('in_advance', 'in_arrears') as fc.Arbitrary<RecurringTerms['timing']>,
        fc.boolean(),
        fc.boolean(),
        (start, length, anchorDay, timing, replaced, billPartialWithNextPeriod) => {
          const terms: RecurringTerms = {
            start,
            end: length === null ? null : addDays(start, length),
            timing,
            anchorDay,
            replaced,
          };
          const settings = { creditUnusedOnCancel: true, billPartialWithNextPeriod };
          const history: BilledSpan[] = [];
          for (const period of months) {
            const next = periodAfter(period, 1);
            for (const span of recurringSpans(terms, { period, next }, settings, readBack ? history : null))
              history.push({ ...span.service, credit: span.credit });
          }
          // Days from February (each in a cycle that starts in a billed period; by the previous
          // system's rule, from March: February's cycles were that system's to bill ahead) to the
          // last invoice's own period are settled; later ones may be billed ahead.
          const settled = {
            start: readBack ? '2026-02-01' : '2026-03-01',
            end: months[months.length - 1]?.start ?? '',
          };
          const net = netDays(history, settled);
          const active = overlapOf(terms, settled);
          // Arrears on the subscription's own cycles bills a cycle once it has ended, and
          // advance bills from the first invoice on: allow what those windows leave out.
          const expected = active ? daysBetween(active.start, active.end) : 0;
          if (timing === 'in_advance') expect(net).toBe(expected);
          else expect(net).toBeLessThanOrEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
  });
});

function monthStart(date: string, months: number): string {
  const [year, month] = date.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(year, month - 1 + months, 1));
  return d.toISOString().slice(0, 10);
}

/** Days charged and not credited back inside `within`; a day charged twice would count twice. */
function netDays(spans: readonly BilledSpan[], within: Span): number {
  const days = (list: readonly Span[]) =>
    list.reduce((total, s) => {
      const part = overlapOf(s, within);
      return total + (part ? daysBetween(part.start, part.end) : 0);
    }, 0);
  const charged = spans.filter((s) => !s.credit);
  const credited = spans.filter((s) => s.credit);
  // Overlapping charges would be double billing: count them as such.
  const doubled = days(charged) - days(unionOf(charged));
  return (
    days(subtractSpans(unionOf(charged), credited)) + doubled - (days(credited) - days(unionOf(credited)))
  );
}
