import { addDays } from '../../dates';
import { daysBetween } from '../../rating/proration';
import { derivedPrng, type Prng } from './prng';
import { taxRegions } from './synthetic-catalog';
import type { AccountRow, BillingPeriod, OneTimeChargeRow, SubscriptionRow } from './types';

/**
 * Where an account stands relative to the period: most are established; some open or
 * close during it (prorated lines), some closed before it (nothing to bill).
 */
export type Lifecycle = 'established' | 'opened_during' | 'closed_during' | 'closed_before';

/** One synthetic customer with everything that does not depend on usage. */
export interface AccountProfile {
  /** 1-based position in accounts.csv. */
  index: number;
  lifecycle: Lifecycle;
  account: AccountRow;
  subscriptions: SubscriptionRow[];
  charges: OneTimeChargeRow[];
  /** The part of the period the account was open: usage falls in [from, to). */
  activeFrom: string;
  activeTo: string;
}

const NAME_STEMS = [
  'Blue Ridge',
  'Pinecrest',
  'Evergreen',
  'Lakeside',
  'Harbor',
  'Oakmont',
  'Maple',
  'Northwind',
  'Granite',
  'Juniper',
  'Keystone',
  'Delta',
  'Foxglove',
  'Acme',
  'Cedar',
  'Ironwood',
];
const NAME_TRADES = [
  'Logistics',
  'Dental',
  'Law Group',
  'Studios',
  'Foods',
  'Insurance',
  'Clinic',
  'Partners',
  'Manufacturing',
  'Realty',
];

export const accountIdOf = (index: number) => `L${String(index).padStart(6, '0')}`;

/**
 * Every 20th account closed before the period and every 20th closed during it, so even a
 * 40-account export has both; about one in eight of the rest opened during the period.
 */
function lifecycleOf(index: number, rng: Prng): Lifecycle {
  if (index % 20 === 12) return 'closed_before';
  if (index % 20 === 7) return 'closed_during';
  return rng.chance(0.12) ? 'opened_during' : 'established';
}

export function synthesizeAccount(seed: number, index: number, period: BillingPeriod): AccountProfile {
  const rng = derivedPrng(seed, 1, index);
  const periodDays = daysBetween(period.start, period.end);
  const midPeriod = () => addDays(period.start, rng.int(1, periodDays - 1));
  const lifecycle = lifecycleOf(index, rng);
  const accountId = accountIdOf(index);

  let openedOn = addDays(period.start, -rng.int(60, 5 * 365));
  let closedOn = '';
  if (lifecycle === 'opened_during') openedOn = midPeriod();
  if (lifecycle === 'closed_before') closedOn = addDays(period.start, -rng.int(1, 45));
  if (lifecycle === 'closed_during') closedOn = midPeriod();
  const isClosed = lifecycle === 'closed_before' || lifecycle === 'closed_during';

  const account: AccountRow = {
    accountId,
    name: `${rng.pick(NAME_STEMS)} ${rng.pick(NAME_TRADES)} ${index}`,
    email: `billing${index}@example.com`,
    currency: 'USD',
    taxRegion: rng.pick(taxRegions),
    ratePlan: rng.chance(0.12) ? 'WHOLESALE' : 'STANDARD',
    status: isClosed ? 'closed' : 'active',
    openedOn,
    closedOn,
    parentAccountId: index > 5 && rng.chance(0.08) ? accountIdOf(rng.int(1, index - 1)) : '',
  };

  const subscriptions: SubscriptionRow[] = [];
  const subscribe = (
    productCode: string,
    quantity: number,
    fields: Partial<Pick<SubscriptionRow, 'unitPrice' | 'discountPercent' | 'startDate' | 'endDate'>> = {},
  ) => {
    subscriptions.push({
      subscriptionId: `S${String(index).padStart(6, '0')}-${subscriptions.length + 1}`,
      accountId,
      productCode,
      quantity: String(quantity),
      unitPrice: fields.unitPrice ?? '',
      discountPercent: fields.discountPercent ?? '0',
      startDate: fields.startDate ?? openedOn,
      endDate: fields.endDate ?? closedOn,
    });
  };
  const seatProduct = rng.chance(0.45) ? 'UCAAS-PRO' : 'HPBX-SEAT';
  const seats = rng.int(1, 40);
  subscribe(seatProduct, seats, {
    discountPercent: rng.chance(0.15) ? rng.pick(['10', '12.5', '15']) : '0',
    unitPrice: rng.chance(0.05) ? (seatProduct === 'HPBX-SEAT' ? '22.50' : '31.00') : '',
  });
  subscribe('DID', seats + rng.int(0, 4));
  if (rng.chance(0.35)) subscribe('SIP-CH', rng.int(1, 8), { unitPrice: rng.chance(0.3) ? '12.99' : '' });
  if (rng.chance(0.55)) {
    // Some managed-device contracts end inside the period (a prorated last month).
    const endsDuring = !isClosed && rng.chance(0.12);
    subscribe('MSP-DEV', rng.int(1, 50), endsDuring ? { endDate: midPeriod() } : {});
  }
  if (rng.chance(0.5)) subscribe('M365-BAS', rng.int(5, 40));
  if (!isClosed && rng.chance(0.25)) {
    // Seats added during the period: a prorated first month.
    const start =
      lifecycle === 'opened_during'
        ? addDays(openedOn, rng.int(0, daysBetween(openedOn, period.end) - 1))
        : midPeriod();
    subscribe(seatProduct, rng.int(1, 4), { startDate: start });
  }

  const activeFrom = openedOn > period.start ? openedOn : period.start;
  const activeTo = closedOn && closedOn < period.end ? closedOn : period.end;
  const charges: OneTimeChargeRow[] = [];
  const charge = (productCode: string, chargeDate: string, quantity: number, unitPrice = '') =>
    charges.push({
      chargeId: `C${String(index).padStart(6, '0')}-${charges.length + 1}`,
      accountId,
      productCode,
      chargeDate,
      quantity: String(quantity),
      unitPrice,
    });
  if (lifecycle !== 'closed_before' && rng.chance(0.1)) {
    const date = addDays(activeFrom, rng.int(0, Math.max(0, daysBetween(activeFrom, activeTo) - 1)));
    if (rng.chance(0.6)) charge('INSTALL', date, rng.int(1, 3), rng.chance(0.25) ? '125.00' : '');
    else charge('PORT', date, rng.int(1, 5));
  }
  // A charge of the month before: in the export, not on this period's invoice.
  if (rng.chance(0.03)) charge('PORT', addDays(period.start, -rng.int(1, 20)), rng.int(1, 3));

  return { index, lifecycle, account, subscriptions, charges, activeFrom, activeTo };
}
