import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, parseDecimal } from './decimal';
import { roundCallCharge, roundLineAmount, roundTo } from './rounding';

const r = (value: string, decimals: number, mode: Parameters<typeof roundTo>[2]) =>
  roundTo(new Dec(value), decimals, mode).toFixed(decimals);

describe('rounding modes', () => {
  it('half_up rounds halves away from zero, half_even to the even neighbour', () => {
    expect(r('2.345', 2, 'half_up')).toBe('2.35');
    expect(r('-2.345', 2, 'half_up')).toBe('-2.35');
    expect(r('2.345', 2, 'half_even')).toBe('2.34');
    expect(r('2.355', 2, 'half_even')).toBe('2.36');
    expect(r('-2.345', 2, 'half_even')).toBe('-2.34');
  });

  it('down truncates toward zero and up rounds away from zero', () => {
    expect(r('2.349', 2, 'down')).toBe('2.34');
    expect(r('-2.349', 2, 'down')).toBe('-2.34');
    expect(r('2.341', 2, 'up')).toBe('2.35');
    expect(r('-2.341', 2, 'up')).toBe('-2.35');
  });

  it('never introduces float error: 0.1 + 0.2 is 0.3', () => {
    expect(new Dec('0.1').plus('0.2').toString()).toBe('0.3');
  });

  it('uses the currency exponent for invoice lines unless the policy overrides it', () => {
    const policy = { mode: 'half_up' as const, callDecimals: 4 };
    expect(roundLineAmount(new Dec('1234.5'), 'JPY', policy).toString()).toBe('1235');
    expect(roundLineAmount(new Dec('1.2345'), 'USD', policy).toFixed(2)).toBe('1.23');
    expect(roundLineAmount(new Dec('1.2345'), 'KWD', policy).toFixed(3)).toBe('1.235');
    expect(roundLineAmount(new Dec('1.2345'), 'USD', { ...policy, lineDecimals: 3 }).toFixed(3)).toBe(
      '1.235',
    );
    expect(roundCallCharge(new Dec('0.123456'), policy).toString()).toBe('0.1235');
  });

  it('rounding is idempotent and stays within half a unit (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom('half_up', 'half_even', 'down', 'up'),
        (units, scale, decimals, mode) => {
          const value = new Dec(units.toString()).dividedBy(new Dec(10).pow(scale));
          const once = roundTo(value, decimals, mode);
          expect(roundTo(once, decimals, mode).equals(once)).toBe(true);
          const step = new Dec(10).pow(-decimals);
          expect(once.minus(value).abs().lessThanOrEqualTo(step)).toBe(true);
          if (mode === 'half_up' || mode === 'half_even') {
            expect(once.minus(value).abs().lessThanOrEqualTo(step.dividedBy(2))).toBe(true);
          }
        },
      ),
    );
  });
});

describe('parseDecimal', () => {
  it('accepts plain decimals only', () => {
    expect(parseDecimal(' 12.50 ').toString()).toBe('12.5');
    expect(parseDecimal('0.0150').toFixed(4)).toBe('0.0150');
    for (const bad of ['1e3', '1,000', '12.', '.5', 'abc', '', '--1', 'NaN', 'Infinity']) {
      expect(() => parseDecimal(bad)).toThrow();
    }
  });
});
