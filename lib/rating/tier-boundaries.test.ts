import { describe, expect, it } from 'vitest';
import { Dec } from '../money/decimal';
import { rateGraduated } from './graduated';
import type { Tier } from './types';
import { rateVolume } from './volume';

const d = (value: string) => new Dec(value);

/**
 * Both modes pinned at every boundary of one table, with integer and fractional bounds:
 * just below, at and just above each upTo. Tiers: up to 10 at 1.00, up to 100.5 at 0.50
 * (+ 2.00 flat fee on entering), above at 0.25.
 */
const table: Tier[] = [
  { upTo: d('10'), unitPrice: d('1.00') },
  { upTo: d('100.5'), unitPrice: d('0.50'), flatFee: d('2.00') },
  { upTo: null, unitPrice: d('0.25') },
];

// quantity, volume tier (0-based), volume amount, graduated amount
const cases: [string, number, string, string][] = [
  ['0.001', 0, '0.001', '0.001'],
  ['9', 0, '9', '9'],
  ['9.999', 0, '9.999', '9.999'],
  ['10', 0, '10', '10'],
  ['10.001', 1, '7.0005', '12.0005'],
  ['11', 1, '7.5', '12.5'],
  ['100', 1, '52', '57'],
  ['100.499', 1, '52.2495', '57.2495'],
  ['100.5', 1, '52.25', '57.25'],
  ['100.501', 2, '25.12525', '57.25025'],
  ['101', 2, '25.25', '57.375'],
];

describe('tier boundaries: a quantity equal to upTo is in that tier, in both modes', () => {
  it.each(cases)('%s → volume tier %i (%s), graduated %s', (quantity, tier, volume, graduated) => {
    const rated = rateVolume(d(quantity), { tiers: table });
    expect(rated.breakdown[0]?.tierIndex).toBe(tier);
    expect(rated.amount.toString()).toBe(volume);
    expect(rateGraduated(d(quantity), { tiers: table }).amount.toString()).toBe(graduated);
  });

  it('graduated fills each tier up to its bound before the next', () => {
    const rated = rateGraduated(d('150'), { tiers: table });
    expect(rated.breakdown.map((line) => [line.label, line.quantity.toString()])).toEqual([
      ['Tier 1 (up to 10)', '10'],
      ['Tier 2 (above 10 up to 100.5)', '90.5'],
      ['Tier 3 (above 100.5)', '49.5'],
    ]);
  });

  it('zero is no tier in either mode', () => {
    expect(rateVolume(d('0'), { tiers: table }).amount.toString()).toBe('0');
    expect(rateGraduated(d('0'), { tiers: table }).breakdown).toEqual([]);
  });
});
