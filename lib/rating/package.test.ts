import { describe, expect, it } from 'vitest';
import { Dec } from '../money/decimal';
import { priceModelProblems, ratePrice } from './price-model';

const d = (value: string | number) => new Dec(value);
const price = (freeUnits: string | null, minimumCharge: string | null = null) => ({
  model: 'package' as const,
  packageSize: d(50),
  packagePrice: d('4.00'),
  freeUnits: freeUnits === null ? null : d(freeUnits),
  minimumCharge: minimumCharge === null ? null : d(minimumCharge),
});

describe('package pricing with free units', () => {
  it.each([
    ['0', '0'],
    ['99.5', '0'],
    ['100', '0'],
    ['100.001', '4'],
    ['150', '4'],
    ['150.001', '8'],
    ['151', '8'],
    ['1100', '80'],
  ])('100 free, then packages of 50 at 4.00: %s units cost %s', (quantity, amount) => {
    expect(ratePrice(price('100'), d(quantity)).amount.toString()).toBe(amount);
  });

  it('shows the free units as a line of their own, beside the packages', () => {
    expect(
      ratePrice(price('100'), d(130)).breakdown.map((line) => [
        line.label,
        line.quantity.toString(),
        line.amount.toString(),
      ]),
    ).toEqual([
      ['first 100 free', '100', '0'],
      ['1 × package of 50', '1', '4'],
    ]);
    expect(ratePrice(price('100'), d(30)).breakdown[0]?.quantity.toString()).toBe('30');
  });

  it('without free units (or zero) prices every started package, as before', () => {
    expect(ratePrice(price(null), d(1)).amount.toString()).toBe('4');
    expect(ratePrice(price('0'), d(1)).amount.toString()).toBe('4');
    expect(ratePrice(price(null), d(1)).breakdown).toHaveLength(1);
  });

  it('still applies a minimum charge when everything used was free', () => {
    expect(ratePrice(price('100', '10.00'), d(40)).amount.toString()).toBe('10');
  });

  it('refuses negative free units', () => {
    expect(priceModelProblems(price('-1'))).toEqual(['The free units cannot be negative.']);
  });
});
