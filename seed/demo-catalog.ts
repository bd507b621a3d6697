import type { Db } from '../db/client';
import { systemActor } from '../lib/auth/actor';
import { setProductAllowances } from '../lib/catalog/set-product-allowances';
import { makeProduct, makeRatePlan } from './factories';

const seed = systemActor('seed');
const from = '2026-01-01';

/**
 * The demo provider's US rate deck: domestic, toll-free, and the international routes its
 * customers call. On Christmas Day (the plan's holiday calendar) domestic calls cost less,
 * per second and without a connection fee; other routes keep their own terms.
 */
export const demoDeckCsv = [
  'prefix,destination,destination_class,rate_per_minute,offpeak_rate_per_minute,initial_increment_s,subsequent_increment_s,connection_fee,holiday_rate_per_minute,holiday_connection_fee,holiday_initial_increment_s,holiday_subsequent_increment_s',
  '1,United States/Canada,domestic,0.0150,0.0100,6,6,0,0.0050,0,1,1',
  '1800,US toll-free,toll_free,0.0000,,6,6,0,,,,',
  '1888,US toll-free,toll_free,0.0000,,6,6,0,,,,',
  '1876,Jamaica,international,0.1800,,60,60,0.0500,,,,',
  '1809,Dominican Republic,international,0.1200,,60,6,0.0500,,,,',
  '44,United Kingdom,international,0.0300,,60,6,0,,,,',
  '4420,United Kingdom - London,international,0.0250,,60,6,0,,,,',
  '447,United Kingdom - mobile,mobile,0.0900,,60,6,0,,,,',
  '52,Mexico,international,0.0400,,60,6,0,,,,',
  '521,Mexico - mobile,mobile,0.0850,,60,6,0,,,,',
  '91,India,international,0.0450,,60,60,0.0200,,,,',
  '33,France,international,0.0280,,30,6,0,,,,',
  '336,France - mobile,mobile,0.1100,,30,6,0,,,,',
  '49,Germany,international,0.0270,,60,1,0,,,,',
  '4915,Germany - mobile,mobile,0.1300,,60,1,0,,,,',
  '63,Philippines,international,0.1500,,60,60,0.0500,,,,',
].join('\n');

/**
 * The demo catalog: hosted voice and managed services, usage priced by deck and tiers,
 * one-time work, and a rate plan with an evening/weekend off-peak band.
 */
export async function seedDemoCatalog(db: Db): Promise<void> {
  const perUnit = (unitPrice: string) => ({
    currency: 'USD',
    model: 'per_unit' as const,
    unitPrice,
    effectiveFrom: from,
  });
  await makeProduct(db, {
    code: 'HPBX-SEAT',
    name: 'Hosted PBX seat',
    kind: 'recurring',
    taxCategory: 'telecom',
    price: perUnit('24.95'),
  });
  const ucaas = await makeProduct(db, {
    code: 'UCAAS-PRO',
    name: 'UCaaS Pro seat with 1,000 domestic minutes and 250 texts',
    kind: 'recurring',
    taxCategory: 'telecom',
    price: perUnit('34.00'),
  });
  await makeProduct(db, {
    code: 'SIP-CH',
    name: 'SIP trunk channel',
    kind: 'recurring',
    taxCategory: 'telecom',
    price: perUnit('14.50'),
  });
  await makeProduct(db, {
    code: 'DID',
    name: 'DID phone number',
    kind: 'recurring',
    taxCategory: 'telecom',
    price: perUnit('1.25'),
  });
  await makeProduct(db, {
    code: 'MSP-DEV',
    name: 'Managed device',
    kind: 'recurring',
    taxCategory: 'service',
    price: perUnit('45.00'),
  });
  await makeProduct(db, {
    code: 'M365-BAS',
    name: 'Microsoft 365 Business Basic (resold)',
    kind: 'recurring',
    taxCategory: 'exempt',
    price: perUnit('6.00'),
  });
  await makeProduct(db, {
    code: 'VOICE',
    name: 'Voice calls',
    kind: 'usage',
    usageType: 'voice',
    taxCategory: 'telecom',
    price: { currency: 'USD', model: 'rate_deck', effectiveFrom: from },
  });
  const sms = await makeProduct(db, {
    code: 'SMS',
    name: 'Text messages',
    kind: 'usage',
    usageType: 'sms',
    taxCategory: 'telecom',
    price: {
      currency: 'USD',
      model: 'graduated',
      effectiveFrom: from,
      tiers: [
        { upTo: '1000', unitPrice: '0.0100' },
        { upTo: '10000', unitPrice: '0.0080' },
        { upTo: null, unitPrice: '0.0060' },
      ],
    },
  });
  // Each UCAaS seat includes 1,000 domestic minutes and 250 text messages; the messages are
  // pooled, so a head office's seats cover the offices billed to it (NW-1003 and its Downtown office).
  await setProductAllowances(
    { db, actor: seed },
    {
      productId: ucaas.id,
      allowances: [
        { usageType: 'voice', quantityPerUnit: '1000', destinationClasses: ['domestic'] },
        { usageType: 'sms', usageProductId: sms.id, quantityPerUnit: '250', isPooled: true },
      ],
    },
  );
  await makeProduct(db, {
    code: 'DATA',
    name: 'Mobile data (MB)',
    kind: 'usage',
    usageType: 'data',
    unitName: 'MB',
    taxCategory: 'telecom',
    price: {
      currency: 'USD',
      model: 'volume',
      effectiveFrom: from,
      tiers: [
        { upTo: '1024', unitPrice: '0.0500' },
        { upTo: '10240', unitPrice: '0.0300' },
        { upTo: null, unitPrice: '0.0200' },
      ],
    },
  });
  await makeProduct(db, {
    code: 'SIP-PEAK',
    name: 'SIP trunk peak concurrent channels',
    description: 'Billed on the month’s peak of the channel samples the SBC reports.',
    kind: 'usage',
    usageType: 'custom',
    unitName: 'channels',
    aggregation: 'max',
    taxCategory: 'telecom',
    price: perUnit('9.95'),
  });
  await makeProduct(db, {
    code: 'DATA-SESSION',
    name: 'Mobile data sessions (KB)',
    description: 'Each session rounded up to a started 1,024 KB; the first 100 MB a month free.',
    kind: 'usage',
    usageType: 'data',
    unitName: 'KB',
    recordRounding: { direction: 'up', block: '1024' },
    taxCategory: 'telecom',
    price: {
      currency: 'USD',
      model: 'package',
      freeUnits: '102400',
      packageSize: '102400',
      packagePrice: '1.50',
      effectiveFrom: from,
    },
  });
  await makeProduct(db, {
    code: 'BACKUP-GB',
    name: 'Cloud backup storage',
    kind: 'usage',
    usageType: 'custom',
    unitName: 'GB',
    taxCategory: 'service',
    price: {
      currency: 'USD',
      model: 'package',
      packageSize: '100',
      packagePrice: '12.00',
      minimumCharge: '12.00',
      effectiveFrom: from,
    },
  });
  // Billed in advance, as MSPs bill managed services: December's charge on November's invoice.
  await makeProduct(db, {
    code: 'MANAGED-FW',
    name: 'Managed firewall, billed in advance',
    kind: 'recurring',
    taxCategory: 'service',
    price: { ...perUnit('89.00'), billingTiming: 'in_advance' as const },
  });
  await makeProduct(db, {
    code: 'INSTALL',
    name: 'On-site installation',
    kind: 'one_time',
    taxCategory: 'service',
    price: perUnit('150.00'),
  });
  await makeProduct(db, {
    code: 'PORT',
    name: 'Number port-in',
    kind: 'one_time',
    taxCategory: 'telecom',
    price: perUnit('20.00'),
  });

  await makeRatePlan(db, {
    code: 'STANDARD',
    name: 'Standard business voice',
    timeZone: 'America/Chicago',
    deckCsv: demoDeckCsv,
    effectiveFrom: from,
    timeBands: [
      { name: 'offpeak', weekdays: [1, 2, 3, 4, 5], startMinute: 19 * 60, endMinute: 7 * 60 },
      { name: 'offpeak', weekdays: [6, 7], startMinute: 0, endMinute: 1440 },
    ],
    holidays: [
      { date: '2026-12-25', band: 'holiday' },
      { date: '2027-12-25', band: 'holiday' },
    ],
  });
}
