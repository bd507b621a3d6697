import { describe, expect, it } from 'vitest';
import { isCurrencyCode, minorUnitExponent } from './currencies';

describe('ISO 4217 currencies', () => {
  it('knows the minor unit of common and unusual currencies', () => {
    expect(minorUnitExponent('USD')).toBe(2);
    expect(minorUnitExponent('EUR')).toBe(2);
    expect(minorUnitExponent('JPY')).toBe(0);
    expect(minorUnitExponent('KWD')).toBe(3);
    expect(minorUnitExponent('CLF')).toBe(4);
  });

  it('rejects codes that are not billing currencies', () => {
    for (const code of ['usd', 'XXX', 'XAU', 'ABC', '']) expect(isCurrencyCode(code)).toBe(false);
    expect(() => minorUnitExponent('ABC')).toThrow();
  });
});
