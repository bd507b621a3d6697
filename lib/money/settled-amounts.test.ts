import { describe, expect, it } from 'vitest';
import { Dec } from './decimal';
import { formatAmount, settledAmountProblem } from './settled-amounts';

describe('settled amounts', () => {
  it('accepts positive amounts within the currency minor unit', () => {
    expect(settledAmountProblem('10.50', 'USD')).toBeNull();
    expect(settledAmountProblem('10', 'JPY')).toBeNull();
    expect(settledAmountProblem('1.234', 'KWD')).toBeNull();
  });

  it('rejects zero, negatives, over-precise and non-decimal amounts', () => {
    expect(settledAmountProblem('0', 'USD')).toMatch(/more than zero/);
    expect(settledAmountProblem('-5.00', 'USD')).toMatch(/more than zero/);
    expect(settledAmountProblem('10.005', 'USD')).toMatch(/at most 2 decimals/);
    expect(settledAmountProblem('10.5', 'JPY')).toMatch(/at most 0 decimals/);
    expect(settledAmountProblem('1e3', 'USD')).toMatch(/not a plain decimal/);
    expect(settledAmountProblem('1,000.00', 'USD')).toMatch(/not a plain decimal/);
  });

  it('formats with the minor unit and never drops a digit', () => {
    expect(formatAmount(new Dec('100'), 'USD')).toBe('100.00');
    expect(formatAmount(new Dec('1.235'), 'USD')).toBe('1.235');
    expect(formatAmount(new Dec('-3.1'), 'USD')).toBe('-3.10');
    expect(formatAmount(new Dec('1200'), 'JPY')).toBe('1200');
  });
});
