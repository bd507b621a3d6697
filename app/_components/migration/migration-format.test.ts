import { describe, expect, it } from 'vitest';
import { formatDifference, formatRatio, formatRunMoney } from './decimal';

describe('amounts in the migration console', () => {
  it('shows amounts as the console does, currency first, never through a float', () => {
    expect(formatRunMoney('1234567.10', 'USD')).toBe('USD 1,234,567.10');
    expect(formatRunMoney('9007199254740993.01', 'USD')).toBe('USD 9,007,199,254,740,993.01');
    expect(formatRunMoney('-2.65', 'USD')).toBe('USD -2.65');
  });

  it('keeps the exact decimal when the currency is unknown', () => {
    expect(formatRunMoney('1234.5', null)).toBe('1234.5');
    expect(formatDifference('12.10', null)).toBe('+12.10');
  });

  it('signs differences, except zero', () => {
    expect(formatDifference('5372.25', 'USD')).toBe('USD +5,372.25');
    expect(formatDifference('-0.07', 'USD')).toBe('USD -0.07');
    expect(formatDifference('0.00', 'USD')).toBe('USD 0.00');
    expect(formatDifference('0.001', 'USD')).toBe('USD 0.00');
    expect(formatDifference('1234', 'JPY')).toBe('JPY +1,234');
  });

  it('reads ratios as percentages and no ratio as a dash, never 100%', () => {
    expect(formatRatio('0.807')).toBe('80.70%');
    expect(formatRatio('1.0477')).toBe('104.77%');
    expect(formatRatio(null)).toBe('—');
  });
});
