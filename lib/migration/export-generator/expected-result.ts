import { averageText } from '../../money/average-text';
import { ZERO } from '../../money/decimal';
import { invoiceCells } from './export-rows';
import type { FaultRecord } from './inject-fault';
import { formatAmount2 } from './line-format';
import type { MessyCount } from './messy-rows';
import type { AccountBill, BillingPeriod, LegacyRounding } from './types';

/**
 * expected.json: what a correct migration of the export finds. The ARPU figures are the
 * average invoice subtotal (before tax) over the invoices of each side, which is what the
 * shared sample's figures are (78621.31 / 58 and 83788.26 / 59).
 */
export interface ExpectedResult {
  accounts: number;
  faults: Record<string, FaultRecord>;
  invoices_in_both: number;
  invoices_matching_exactly: number;
  legacy_arpu: string;
  legacy_invoices: number;
  messy: Record<string, Partial<MessyCount>>;
  new_arpu: string;
  new_invoices: number;
  new_totals: Record<string, { subtotal: string; tax_total: string; total: string }>;
  period: BillingPeriod;
  rounding: { call_decimals: number; mode: string };
  seed: number;
  usage_rows_in_file: number;
}

/** Two bills the same to the cent, line for line, service periods included (the invoice id aside). */
export function isSameBill(a: AccountBill, b: AccountBill, period: BillingPeriod): boolean {
  return (
    JSON.stringify(invoiceCells('', a, period, period)) ===
    JSON.stringify(invoiceCells('', b, period, period))
  );
}

/** Collects expected.json account by account as the export is written. */
export class ExpectedResultBuilder {
  private accounts = 0;
  private readonly faults: Record<string, FaultRecord> = {};
  private readonly newTotals: ExpectedResult['new_totals'] = {};
  private inBoth = 0;
  private matching = 0;
  private legacyInvoices = 0;
  private newInvoices = 0;
  private legacySubtotals = ZERO;
  private newSubtotals = ZERO;

  constructor(
    private readonly period: BillingPeriod,
    private readonly rounding: LegacyRounding,
    private readonly seed: number,
  ) {}

  addAccount(
    accountId: string,
    legacy: AccountBill | null,
    fresh: AccountBill | null,
    fault: FaultRecord | null,
  ) {
    this.accounts += 1;
    if (fault) this.faults[accountId] = fault;
    if (legacy) {
      this.legacyInvoices += 1;
      this.legacySubtotals = this.legacySubtotals.plus(legacy.subtotal);
    }
    if (fresh) {
      this.newInvoices += 1;
      this.newSubtotals = this.newSubtotals.plus(fresh.subtotal);
      this.newTotals[accountId] = {
        subtotal: formatAmount2(fresh.subtotal),
        tax_total: formatAmount2(fresh.taxTotal),
        total: formatAmount2(fresh.total),
      };
    }
    if (legacy && fresh) {
      this.inBoth += 1;
      if (isSameBill(legacy, fresh, this.period)) this.matching += 1;
    }
  }

  build(messy: Record<string, MessyCount>, usageRowsInFile: number): ExpectedResult {
    const nonZero = (count: MessyCount) =>
      Object.fromEntries(Object.entries(count).filter(([, value]) => value > 0)) as Partial<MessyCount>;
    return {
      accounts: this.accounts,
      faults: this.faults,
      invoices_in_both: this.inBoth,
      invoices_matching_exactly: this.matching,
      legacy_arpu: averageText(this.legacySubtotals.toFixed(2), this.legacyInvoices),
      legacy_invoices: this.legacyInvoices,
      messy: Object.fromEntries(
        Object.entries(messy)
          .map(([file, count]) => [file, nonZero(count)] as const)
          .filter(([, count]) => Object.keys(count).length > 0),
      ),
      new_arpu: averageText(this.newSubtotals.toFixed(2), this.newInvoices),
      new_invoices: this.newInvoices,
      new_totals: this.newTotals,
      period: this.period,
      rounding: { call_decimals: this.rounding.callDecimals, mode: this.rounding.mode },
      seed: this.seed,
      usage_rows_in_file: usageRowsInFile,
    };
  }
}

/** JSON with keys sorted at every level and one-space indent, like the sample's expected.json. */
export function sortedJson(value: unknown): string {
  const sort = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(sort);
    if (node && typeof node === 'object') {
      return Object.fromEntries(
        Object.keys(node as Record<string, unknown>)
          .sort()
          .map((key) => [key, sort((node as Record<string, unknown>)[key])]),
      );
    }
    return node;
  };
  return JSON.stringify(sort(value), null, 1);
}
