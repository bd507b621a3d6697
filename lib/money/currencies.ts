import currencyCodes from 'currency-codes';

/**
 * ISO 4217 codes that name no money a provider bills in: precious metals, bond-market
 * units, the SDR, the testing code and "no currency". ISO gives them no minor unit ("N.A."),
 * which the currency-codes table records as 0.
 */
const NOT_BILLING_CURRENCIES = new Set([
  'XAG',
  'XAU',
  'XBA',
  'XBB',
  'XBC',
  'XBD',
  'XDR',
  'XPD',
  'XPT',
  'XSU',
  'XTS',
  'XUA',
  'XXX',
]);

/** ISO 4217 currencies with their minor-unit exponent (USD 2, JPY 0, KWD 3). */
const exponents = new Map<string, number>(
  currencyCodes.data
    .filter((entry) => !NOT_BILLING_CURRENCIES.has(entry.code))
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
