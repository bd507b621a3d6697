import type { Db } from '../../db/client';
import { listTaxRulesInForce } from '../../db/queries/tax-rules';
import type { AccountRow } from '../../db/schema';
import { type ComputedLine, taxLinesFromRates } from '../invoicing/compute-invoice-lines';
import { Dec } from '../money/decimal';
import type { RoundingPolicy } from '../money/rounding';

/** What a tax engine is asked for: one account's billed lines of one period. */
export interface TaxRequest {
  account: Pick<AccountRow, 'id' | 'taxRegion' | 'taxExemptions'>;
  currency: string;
  policy: RoundingPolicy;
  period: { start: string; end: string };
  lines: readonly ComputedLine[];
}

/**
 * Computes the tax lines of many invoices at once (one call per bill-run chunk, so an
 * external engine can batch its requests). The built-in engine reads `tax_rules`; an
 * installation can plug in another (e.g. a telecom tax service) with the same shape.
 */
export interface TaxEngine {
  taxLines(db: Db, requests: readonly TaxRequest[]): Promise<ComputedLine[][]>;
}

/**
 * Rules by region × category in force on the period's first day, minus the account's
 * exemptions; FORMAT.md's arithmetic (one line per code and category, base after discounts).
 */
export const builtInTaxEngine: TaxEngine = {
  async taxLines(db, requests) {
    const regions = [...new Set(requests.map((r) => r.account.taxRegion).filter((r): r is string => !!r))];
    const dates = [...new Set(requests.map((r) => r.period.start))];
    const rulesByDate = new Map(
      await Promise.all(
        dates.map(async (date) => [date, await listTaxRulesInForce(db, regions, date)] as const),
      ),
    );
    return requests.map((request) => {
      const region = request.account.taxRegion;
      if (!region) return [];
      const exempt = new Set(request.account.taxExemptions);
      const rates = (rulesByDate.get(request.period.start) ?? [])
        .filter((rule) => rule.region === region && !exempt.has(rule.taxCode))
        .map((rule) => ({
          taxCode: rule.taxCode,
          taxCategory: rule.taxCategory,
          ratePercent: new Dec(rule.ratePercent),
        }));
      return taxLinesFromRates(request.lines, rates, request.currency, request.policy);
    });
  },
};
