import type { Dec } from '../../money/decimal';
import type { RoundingMode } from '../../money/rounding';

/**
 * Rows of a legacy billing export (FORMAT.md v1), as the text the files carry. Prices,
 * quantities and rates stay strings so that what the legacy system printed ("34.00",
 * "6.2500") is reproduced byte for byte; the biller turns them into Decimals.
 */
export interface ProductRow {
  productCode: string;
  name: string;
  kind: 'recurring' | 'usage' | 'one_time';
  /** voice, sms or data for usage products; empty otherwise. */
  usageType: string;
  /** Empty for voice (rated by the deck). */
  unitPrice: string;
  taxCategory: string;
  /** Per unit of a recurring product, not prorated. */
  includedVoiceMinutes: string;
  pricing: 'flat' | 'graduated' | 'volume' | 'rate_deck';
  /** v1.1 only (absent in v1): `advance`, `arrears`, or empty for arrears; recurring products. */
  billingTiming?: 'advance' | 'arrears' | '';
}

export interface PriceTierRow {
  productCode: string;
  tierStart: string;
  unitPrice: string;
}

export interface RateDeckRow {
  ratePlan: string;
  prefix: string;
  destination: string;
  domestic: boolean;
  /** Currency units per minute. */
  ratePerMinute: string;
  initialIncrementS: number;
  subsequentIncrementS: number;
  connectionFee: string;
}

export interface TaxRateRow {
  taxRegion: string;
  taxCategory: string;
  taxCode: string;
  ratePercent: string;
}

export interface AccountRow {
  accountId: string;
  name: string;
  email: string;
  currency: string;
  taxRegion: string;
  ratePlan: string;
  status: 'active' | 'closed';
  openedOn: string;
  closedOn: string;
  parentAccountId: string;
}

export interface SubscriptionRow {
  subscriptionId: string;
  accountId: string;
  productCode: string;
  quantity: string;
  /** Empty: the catalog price. */
  unitPrice: string;
  discountPercent: string;
  startDate: string;
  /** Exclusive; empty: open. */
  endDate: string;
  /** v1.1 only (absent in v1): the subscription this one replaced (a change); empty for none. */
  replacesSubscriptionId?: string;
}

export interface OneTimeChargeRow {
  chargeId: string;
  accountId: string;
  productCode: string;
  chargeDate: string;
  quantity: string;
  unitPrice: string;
}

/** A usage record that passed the import rules (well-formed, known account, known type). */
export interface UsageRecord {
  recordId: string;
  accountId: string;
  usageType: 'voice' | 'sms' | 'data';
  /** ISO 8601 UTC, `2026-10-05T14:03:00Z`. */
  startedAt: string;
  /** Dialled number, voice only. */
  destination: string;
  /** Whole seconds, voice only. */
  durationS: number;
  /** Messages (sms) or MB (data) as written; empty for voice. */
  quantity: string;
}

export interface BillingPeriod {
  /** Inclusive, YYYY-MM-DD. */
  start: string;
  /** Exclusive, YYYY-MM-DD. */
  end: string;
}

/** Format v1.1's rules for recurring charges billed in advance (manifest `billing`). */
export interface AdvanceBilling {
  creditUnusedOnCancel: boolean;
  billPartialWithNextPeriod: boolean;
}

export interface LegacyRounding {
  mode: Extract<RoundingMode, 'half_up' | 'half_even'>;
  callDecimals: number;
}

export type LineType = 'recurring' | 'discount' | 'usage' | 'one_time' | 'tax';

/** One line of a legacy invoice (invoice_lines.csv without invoice_id and line_no). */
export interface InvoiceLine {
  lineType: LineType;
  productCode: string;
  subscriptionId: string;
  chargeId: string;
  destination: string;
  taxCode: string;
  taxCategory: string;
  description: string;
  /** Informative: seats, billable minutes, messages, MB, or the tax base. */
  quantity: string;
  /** The price shown: unit price, `0` for usage, the rate in percent for tax. */
  unitPrice: string;
  /** Rounded to the currency's minor unit. */
  amount: Dec;
  /** v1.1's service_start / service_end: the days a recurring or discount line is for. */
  serviceStart: string;
  serviceEnd: string;
}

/** An account's bill for the period: its lines in invoice order and the totals. */
export interface AccountBill {
  accountId: string;
  currency: string;
  lines: InvoiceLine[];
  subtotal: Dec;
  taxTotal: Dec;
  total: Dec;
}
