import { describe, expect, it } from 'vitest';
import { formatAmount, formatMoney, formatQuantity, formatUnitPrice } from './format-money';

describe('formatAmount', () => {
  it("pads to the currency's minor unit and groups thousands", () => {
    expect(formatAmount('1234.5', 'USD')).toBe('1,234.50');
    expect(formatAmount('0', 'USD')).toBe('0.00');
    expect(formatAmount('999', 'USD')).toBe('999.00');
    expect(formatAmount('1000', 'USD')).toBe('1,000.00');
    expect(formatAmount('1234567.891', 'KWD')).toBe('1,234,567.891');
    expect(formatAmount('1234.5', 'JPY')).toBe('1,235');
    expect(formatAmount('12.3456', 'CLF')).toBe('12.3456');
  });

  it('keeps the sign of negative amounts but never writes -0', () => {
    expect(formatAmount('-12', 'USD')).toBe('-12.00');
    expect(formatAmount('-1234567.5', 'USD')).toBe('-1,234,567.50');
    expect(formatAmount('-0', 'USD')).toBe('0.00');
    expect(formatAmount('-0.001', 'USD')).toBe('0.00');
  });

  it('is exact beyond what a float can hold', () => {
    expect(formatAmount('12345678901234567890.12', 'USD')).toBe('12,345,678,901,234,567,890.12');
    expect(formatAmount('0.105', 'USD')).toBe('0.11');
    expect(formatAmount('-0.105', 'USD')).toBe('-0.11');
  });

  it('refuses what is not a plain decimal or a known currency', () => {
    for (const bad of ['1e3', '1,000', 'abc', '']) expect(() => formatAmount(bad, 'USD')).toThrow();
    expect(() => formatAmount('1', 'ABC')).toThrow(/ABC/);
  });
});

describe('formatMoney', () => {
  it('puts the currency code in front', () => {
    expect(formatMoney('1234.5', 'USD')).toBe('USD 1,234.50');
    expect(formatMoney('-12', 'EUR')).toBe('EUR -12.00');
  });
});

describe('formatQuantity', () => {
  it('groups thousands and drops trailing zeros', () => {
    expect(formatQuantity('1500.000')).toBe('1,500');
    expect(formatQuantity('0.0150')).toBe('0.015');
    expect(formatQuantity('3')).toBe('3');
    expect(formatQuantity('-2.50')).toBe('-2.5');
  });
});

describe('formatUnitPrice', () => {
  it("keeps every decimal a price has, padded to the currency's minor unit", () => {
    expect(formatUnitPrice('40', 'USD')).toBe('40.00');
    expect(formatUnitPrice('40.00', 'USD')).toBe('40.00');
    expect(formatUnitPrice('0.0125', 'USD')).toBe('0.0125');
    expect(formatUnitPrice('1234.5', 'USD')).toBe('1,234.50');
    expect(formatUnitPrice('12.3456789', 'USD')).toBe('12.3456789');
    expect(formatUnitPrice('500', 'JPY')).toBe('500');
    expect(formatUnitPrice('0.25', 'JPY')).toBe('0.25');
  });
});
