import type { PriceTierRow, ProductRow, RateDeckRow, TaxRateRow } from './types';

/**
 * The synthetic legacy system's catalog: an MSP/telecom reseller's seats, numbers,
 * trunks, managed devices and resold licences; voice by rate deck, SMS graduated, data by
 * volume; two rate plans (retail in 6-second and 60-second increments, wholesale per
 * second); five US tax regions. The same catalog as the shared sample export.
 */
export const syntheticProducts: readonly ProductRow[] = [
  recurring('HPBX-SEAT', 'Hosted PBX seat', '24.95', 'telecom'),
  recurring('UCAAS-PRO', 'UCaaS Pro seat with 1,000 domestic minutes', '34.00', 'telecom', '1000'),
  recurring('SIP-CH', 'SIP trunk channel', '14.50', 'telecom'),
  recurring('DID', 'DID phone number', '1.25', 'telecom'),
  recurring('MSP-DEV', 'Managed device', '45.00', 'service'),
  recurring('M365-BAS', 'Microsoft 365 Business Basic (resold)', '6.00', 'exempt'),
  usage('VOICE', 'Voice calls', 'voice', 'rate_deck'),
  usage('SMS', 'Text messages', 'sms', 'graduated'),
  usage('DATA', 'Mobile data (MB)', 'data', 'volume'),
  oneTime('INSTALL', 'On-site installation', '150.00', 'service'),
  oneTime('PORT', 'Number port-in', '20.00', 'telecom'),
];

export const syntheticPriceTiers: readonly PriceTierRow[] = [
  { productCode: 'SMS', tierStart: '0', unitPrice: '0.0100' },
  { productCode: 'SMS', tierStart: '1000', unitPrice: '0.0080' },
  { productCode: 'SMS', tierStart: '10000', unitPrice: '0.0060' },
  { productCode: 'DATA', tierStart: '0', unitPrice: '0.0500' },
  { productCode: 'DATA', tierStart: '1024', unitPrice: '0.0300' },
  { productCode: 'DATA', tierStart: '10240', unitPrice: '0.0200' },
];

/** [prefix, destination, domestic, retail rate per minute, retail increments, connection fee]. */
const destinations: readonly (readonly [string, string, boolean, string, number, number, string])[] = [
  ['1', 'United States/Canada', true, '0.0150', 6, 6, '0'],
  ['1800', 'US toll-free', true, '0.0000', 6, 6, '0'],
  ['1888', 'US toll-free', true, '0.0000', 6, 6, '0'],
  ['1876', 'Jamaica', false, '0.1800', 60, 60, '0.0500'],
  ['1809', 'Dominican Republic', false, '0.1200', 60, 6, '0.0500'],
  ['44', 'United Kingdom', false, '0.0300', 60, 6, '0'],
  ['4420', 'United Kingdom - London', false, '0.0250', 60, 6, '0'],
  ['447', 'United Kingdom - mobile', false, '0.0900', 60, 6, '0'],
  ['52', 'Mexico', false, '0.0400', 60, 6, '0'],
  ['521', 'Mexico - mobile', false, '0.0850', 60, 6, '0'],
  ['91', 'India', false, '0.0450', 60, 60, '0.0200'],
  ['33', 'France', false, '0.0280', 30, 6, '0'],
  ['336', 'France - mobile', false, '0.1100', 30, 6, '0'],
  ['49', 'Germany', false, '0.0270', 60, 1, '0'],
  ['4915', 'Germany - mobile', false, '0.1300', 60, 1, '0'],
  ['63', 'Philippines', false, '0.1500', 60, 60, '0.0500'],
];

/** Wholesale: 60% of retail, per-second billing, the same connection fees. */
const WHOLESALE_FACTOR = 0.6;

export const syntheticRateDecks: readonly RateDeckRow[] = [
  ...destinations.map(([prefix, destination, domestic, rate, initial, subsequent, fee]) => ({
    ratePlan: 'STANDARD',
    prefix,
    destination,
    domestic,
    ratePerMinute: rate,
    initialIncrementS: initial,
    subsequentIncrementS: subsequent,
    connectionFee: fee,
  })),
  ...destinations.map(([prefix, destination, domestic, rate, , , fee]) => ({
    ratePlan: 'WHOLESALE',
    prefix,
    destination,
    domestic,
    // 4 decimals exactly: retail rates have at most 4 and 0.6 keeps them there.
    ratePerMinute: (Math.round(Number(rate) * WHOLESALE_FACTOR * 10_000) / 10_000).toFixed(4),
    initialIncrementS: 1,
    subsequentIncrementS: 1,
    connectionFee: fee,
  })),
];

export const syntheticTaxRates: readonly TaxRateRow[] = [
  tax('TX', 'telecom', 'TX-SALES', '6.2500'),
  tax('TX', 'service', 'TX-SALES', '6.2500'),
  tax('TX', 'telecom', 'FED-USF', '3.4000'),
  tax('CA', 'telecom', 'CA-PUC', '2.8750'),
  tax('CA', 'telecom', 'FED-USF', '3.4000'),
  tax('NY', 'telecom', 'NY-SALES', '8.8750'),
  tax('NY', 'service', 'NY-SALES', '8.8750'),
  tax('NY', 'telecom', 'FED-USF', '3.4000'),
  tax('NY', 'telecom', 'NY-E911', '1.1250'),
  tax('FL', 'telecom', 'FL-CST', '7.4400'),
  tax('FL', 'telecom', 'FED-USF', '3.4000'),
  tax('WA', 'telecom', 'WA-SALES', '6.5000'),
  tax('WA', 'service', 'WA-SALES', '6.5000'),
  tax('WA', 'telecom', 'FED-USF', '3.4000'),
];

export const taxRegions = ['WA', 'TX', 'NY', 'CA', 'FL'] as const;

function recurring(code: string, name: string, price: string, category: string, minutes = '0'): ProductRow {
  return {
    productCode: code,
    name,
    kind: 'recurring',
    usageType: '',
    unitPrice: price,
    taxCategory: category,
    includedVoiceMinutes: minutes,
    pricing: 'flat',
  };
}

function usage(code: string, name: string, usageType: string, pricing: ProductRow['pricing']): ProductRow {
  return {
    productCode: code,
    name,
    kind: 'usage',
    usageType,
    unitPrice: '',
    taxCategory: 'telecom',
    includedVoiceMinutes: '0',
    pricing,
  };
}

function oneTime(code: string, name: string, price: string, category: string): ProductRow {
  return {
    productCode: code,
    name,
    kind: 'one_time',
    usageType: '',
    unitPrice: price,
    taxCategory: category,
    includedVoiceMinutes: '0',
    pricing: 'flat',
  };
}

function tax(region: string, category: string, code: string, percent: string): TaxRateRow {
  return { taxRegion: region, taxCategory: category, taxCode: code, ratePercent: percent };
}
