import { describe, expect, it } from 'vitest';
import { formatAmount, formatDifference, formatMean, formatRatio } from './decimal';

describe('amounts in the migration console', () => {
  it('shows decimal strings exactly, grouped, never through a float', () => {
    expect(formatAmount('1234567.105')).toBe('1,234,567.105');
    expect(formatAmount('-2.65')).toBe('−2.65');
    expect(formatAmount('0.1', 'USD')).toBe('0.1 USD');
    expect(formatAmount('9007199254740993.01')).toBe('9,007,199,254,740,993.01');
    expect(formatAmount(null)).toBe('—');
  });

  it('signs differences, except zero', () => {
    expect(formatDifference('5372.25')).toBe('+5,372.25');
    expect(formatDifference('-0.07')).toBe('−0.07');
    expect(formatDifference('0.00')).toBe('0.00');
  });

  it('reads ratios as percentages and no ratio as a dash, never 100%', () => {
    expect(formatRatio('0.807')).toBe('80.70%');
    expect(formatRatio('1.0477')).toBe('104.77%');
    expect(formatRatio(null)).toBe('—');
  });

  it('rounds a mean to the cent for reading', () => {
    expect(formatMean('1355.539827586206896551724138')).toBe('1,355.54');
  });
});
