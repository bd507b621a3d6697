import currencyCodes from 'currency-codes';

/**
 * ISO 4217 currencies with their minor-unit exponent (USD 2, JPY 0, KWD 3). Funds and
 * precious-metal codes without a minor unit ("N.A.") are not billing currencies.
 */
const exponents = new Map<string, number>(
  currencyCodes.data
    .filter((entry) => /^\d$/.test(String(entry.digits)))
    .map((entry) => [entry.code, Number(entry.digits)]),
);

export function isCurrencyCode(code: string): boolean {
  return exponents.has(code);
}

/**
 * @throws Error for a code that is not an ISO 4217 billing currency.
 */
export function minorUnitExponent(code: string): number {
  const exponent = exponents.get(code);
  if (exponent === undefined) throw new Error(`Unknown currency ${code}`);
  return exponent;
}
