import { describe, expect, it } from 'vitest';
import { CurrencyScalar, DateScalar, DateTimeScalar, DecimalScalar } from './index';

describe('scalars', () => {
  it('keeps decimals exact and refuses floats and junk', () => {
    expect(DecimalScalar.parseValue('0.0150')).toBe('0.0150');
    expect(DecimalScalar.parseValue('-12.5')).toBe('-12.5');
    for (const bad of [0.1, '1e5', '1,000.00', '01.5', '.5', 'NaN', '']) {
      expect(() => DecimalScalar.parseValue(bad)).toThrowError(
        expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }),
      );
    }
    expect(() => DecimalScalar.serialize(0.1)).toThrow();
    expect(DecimalScalar.serialize('12.50')).toBe('12.50');
  });

  it('parses dates and date-times strictly', () => {
    expect(DateScalar.parseValue('2028-02-29')).toBe('2028-02-29');
    for (const bad of ['2026-02-30', '2026-1-1', '20260101'])
      expect(() => DateScalar.parseValue(bad)).toThrow();
    expect(DateTimeScalar.parseValue('2026-10-05T14:03:00Z')).toEqual(new Date('2026-10-05T14:03:00Z'));
    expect(() => DateTimeScalar.parseValue('2026-10-05T14:03:00')).toThrow(); // no time zone
    expect(DateTimeScalar.serialize(new Date('2026-10-05T14:03:00Z'))).toBe('2026-10-05T14:03:00.000Z');
  });

  it('accepts ISO 4217 currencies only', () => {
    expect(CurrencyScalar.parseValue('JPY')).toBe('JPY');
    for (const bad of ['usd', 'ZZZ', 'US']) expect(() => CurrencyScalar.parseValue(bad)).toThrow();
  });
});
