import { addDays } from '../../dates';
import { formatAmount2 } from './line-format';
import type {
  AccountBill,
  AccountRow,
  BillingPeriod,
  OneTimeChargeRow,
  PriceTierRow,
  ProductRow,
  RateDeckRow,
  SubscriptionRow,
  TaxRateRow,
  UsageRecord,
} from './types';

/** CSV cells of each kind of row, in exportColumns order. */
export const toCells = {
  account: (row: AccountRow): string[] => [
    row.accountId,
    row.name,
    row.email,
    row.currency,
    row.taxRegion,
    row.ratePlan,
    row.status,
    row.openedOn,
    row.closedOn,
    row.parentAccountId,
  ],
  product: (row: ProductRow): string[] => [
    row.productCode,
    row.name,
    row.kind,
    row.usageType,
    row.unitPrice,
    row.taxCategory,
    row.includedVoiceMinutes,
    row.pricing,
    // v1.1's column, only on rows made for a v1.1 export.
    ...(row.billingTiming === undefined ? [] : [row.billingTiming]),
  ],
  priceTier: (row: PriceTierRow): string[] => [row.productCode, row.tierStart, row.unitPrice],
  rateDeck: (row: RateDeckRow): string[] => [
    row.ratePlan,
    row.prefix,
    row.destination,
    String(row.domestic),
    row.ratePerMinute,
    String(row.initialIncrementS),
    String(row.subsequentIncrementS),
    row.connectionFee,
  ],
  taxRate: (row: TaxRateRow): string[] => [row.taxRegion, row.taxCategory, row.taxCode, row.ratePercent],
  subscription: (row: SubscriptionRow): string[] => [
    row.subscriptionId,
    row.accountId,
    row.productCode,
    row.quantity,
    row.unitPrice,
    row.discountPercent,
    row.startDate,
    row.endDate,
    ...(row.replacesSubscriptionId === undefined ? [] : [row.replacesSubscriptionId]),
  ],
  charge: (row: OneTimeChargeRow): string[] => [
    row.chargeId,
    row.accountId,
    row.productCode,
    row.chargeDate,
    row.quantity,
    row.unitPrice,
  ],
  usage: (row: UsageRecord): string[] => [
    row.recordId,
    row.accountId,
    row.usageType,
    row.startedAt,
    row.destination,
    row.usageType === 'voice' ? String(row.durationS) : '',
    row.quantity,
  ],
};

/** Days between issue and due date on a legacy invoice. */
export const PAYMENT_TERMS_DAYS = 30;

/**
 * invoices.csv and invoice_lines.csv rows of one legacy invoice, issued on the period's end.
 * With `advance` (v1.1) the invoice states the period billed ahead, and its recurring and
 * discount lines their days, usage lines the usage period.
 */
export function invoiceCells(
  invoiceId: string,
  bill: AccountBill,
  period: BillingPeriod,
  advance: BillingPeriod | null = null,
): { invoice: string[]; lines: string[][] } {
  const serviceOf = (line: AccountBill['lines'][number]): string[] => {
    if (line.lineType === 'recurring' || line.lineType === 'discount')
      return [line.serviceStart, line.serviceEnd];
    return line.lineType === 'usage' ? [period.start, period.end] : ['', ''];
  };
  return {
    invoice: [
      invoiceId,
      bill.accountId,
      period.start,
      period.end,
      period.end,
      addDays(period.end, PAYMENT_TERMS_DAYS),
      bill.currency,
      formatAmount2(bill.subtotal),
      formatAmount2(bill.taxTotal),
      formatAmount2(bill.total),
      ...(advance ? [advance.start, advance.end] : []),
    ],
    lines: bill.lines.map((line, index) => [
      invoiceId,
      String(index + 1),
      line.lineType,
      line.productCode,
      line.subscriptionId,
      line.chargeId,
      line.destination,
      line.taxCode,
      line.taxCategory,
      line.description,
      line.quantity,
      line.unitPrice,
      formatAmount2(line.amount),
      ...(advance ? serviceOf(line) : []),
    ]),
  };
}

/** Legacy invoice ids: numbered in issue order within the period's month. */
export function invoiceIdOf(period: BillingPeriod, sequence: number): string {
  return `INV-${period.start.slice(0, 4)}-${period.start.slice(5, 7)}-${String(sequence).padStart(6, '0')}`;
}
