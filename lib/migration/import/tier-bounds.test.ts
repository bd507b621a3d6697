import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, ZERO } from '../../money/decimal';
import { rateGraduated } from '../../rating/graduated';
import type { Tier } from '../../rating/types';
import { rateVolume } from '../../rating/volume';
import { upperBoundsOfStarts } from './tier-bounds';

const asTiers = (bounds: { upTo: string | null; unitPrice: string }[]): Tier[] =>
  bounds.map((b) => ({ upTo: b.upTo === null ? null : new Dec(b.upTo), unitPrice: new Dec(b.unitPrice) }));

/** FORMAT.md's reading of tier starts, written out plainly. */
function legacy(
  total: Dec,
  starts: { start: string; unitPrice: string }[],
  pricing: 'graduated' | 'volume',
): Dec {
  if (pricing === 'volume') {
    let tier = starts[0];
    for (const t of starts) if (total.greaterThanOrEqualTo(t.start)) tier = t;
    return total.isZero() || !tier ? ZERO : total.times(tier.unitPrice);
  }
  let price = ZERO;
  starts.forEach((t, i) => {
    const next = starts[i + 1]?.start;
    if (total.greaterThan(t.start))
      price = price.plus(
        Dec.min(total, next ?? total)
          .minus(t.start)
          .times(t.unitPrice),
      );
  });
  return price;
}

describe('upperBoundsOfStarts', () => {
  it('graduated: the next start; volume: the next start less one unit of the quantities’ last decimal', () => {
    const starts = [
      { start: '0', unitPrice: '0.05' },
      { start: '1024', unitPrice: '0.03' },
      { start: '10240.5', unitPrice: '0.02' },
    ];
    expect(upperBoundsOfStarts(starts, 'graduated', 3).map((t) => t.upTo)).toEqual(['1024', '10240.5', null]);
    expect(upperBoundsOfStarts(starts, 'volume', 3).map((t) => t.upTo)).toEqual([
      '1023.999',
      '10240.499',
      null,
    ]);
    expect(upperBoundsOfStarts(starts, 'volume', 0).map((t) => t.upTo)).toEqual(['1023', '10240.4', null]);
  });

  it('a graduated table starting above 0 gets a free first tier, as the units below it were unpriced', () => {
    const bounds = upperBoundsOfStarts([{ start: '100', unitPrice: '1' }], 'graduated', 0);
    expect(bounds).toEqual([
      { upTo: '100', unitPrice: '0' },
      { upTo: null, unitPrice: '1' },
    ]);
  });

  const startsArb = fc
    .array(
      fc.tuple(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 999 }),
      ),
      {
        minLength: 1,
        maxLength: 5,
      },
    )
    .chain((rows) =>
      fc.boolean().map((startsAtZero) => {
        let start = startsAtZero ? 0 : 0.5;
        return rows.map(([gap, scale, price], index) => {
          if (index > 0) start += gap / 10 ** scale;
          return { start: new Dec(start).toFixed(), unitPrice: new Dec(price).dividedBy(1000).toFixed() };
        });
      }),
    );

  it('bills every total with at most k decimals exactly as the legacy starts did, in both modes', () => {
    fc.assert(
      fc.property(
        startsArb,
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 3_000_000 }),
        (starts, k, n) => {
          // a total with at most k decimals, also landing right on and around the starts
          const totals = [
            new Dec(n).dividedBy(10 ** k),
            ...starts.flatMap((s) => [new Dec(s.start), new Dec(s.start).minus(new Dec(10).pow(-k))]),
          ].filter((t) => !t.isNegative() && t.decimalPlaces() <= k);
          for (const pricing of ['graduated', 'volume'] as const) {
            const tiers = asTiers(upperBoundsOfStarts(starts, pricing, k));
            for (const total of totals) {
              const now =
                pricing === 'graduated' ? rateGraduated(total, { tiers }) : rateVolume(total, { tiers });
              expect(now.amount.toString(), `${pricing} ${total}`).toBe(
                legacy(total, starts, pricing).toString(),
              );
            }
          }
        },
      ),
    );
  });
});
