import type { Db } from '../../../db/client';
import { listAllChargesOfAccounts, listAllSubscriptionsOfAccounts } from '../../../db/queries/subscriptions';
import type { AccountRow } from '../../../db/schema';
import { type ComputedLine, computeChargeLines, totalInvoice } from '../../invoicing/compute-invoice-lines';
import { describeLine } from '../../invoicing/describe-line';
import { loadBillingInputs } from '../../invoicing/load-billing-inputs';
import type { Dec } from '../../money/decimal';
import { builtInTaxEngine, type TaxEngine } from '../../tax/tax-engine';
import { recurringLineKey } from '../import/plan-invoices';

/** A line of a computed invoice, keyed as the legacy export keys its lines (legacy ids, not ours). */
export interface PricedLine {
  lineType: ComputedLine['lineType'];
  lineKey: string;
  productCode: string | null;
  description: string;
  quantity: Dec;
  /** Recurring lines: the price per unit the subscription is billed at. */
  unitPrice: Dec | null;
  amount: Dec;
}

export interface PricedAccount {
  account: AccountRow;
  /** Null when the account has nothing to bill, or could not be billed (see problems). */
  invoice: { subtotal: Dec; taxTotal: Dec; total: Dec; lines: PricedLine[] } | null;
  problems: string[];
}

const CHUNK = 200;

/**
 * A computed line's identity as the legacy export writes it: legacy ids for subscriptions and
 * charges; with v1.1 (`byServiceStart`) a recurring or discount line also by its first day, so
 * a credit and a charge of one subscription each meet their legacy counterpart.
 */
function legacyKeyOf(line: ComputedLine, legacyIdOf: ReadonlyMap<string, string>, byServiceStart: boolean) {
  if (line.lineType === 'one_time') return legacyIdOf.get(line.key) ?? line.key;
  if (line.lineType !== 'recurring' && line.lineType !== 'discount') return line.key;
  const subscription = legacyIdOf.get(line.key) ?? line.key;
  return byServiceStart && line.servicePeriod
    ? recurringLineKey(subscription, line.servicePeriod.start)
    : subscription;
}

/**
 * What Switchboard bills each account for a period, computed exactly as a bill run does
 * (the same inputs, line rules and tax engine) but stored nowhere: no draft, no number.
 * Accounts go in chunks, with a fixed number of queries per chunk. `keyByServiceStart` keys
 * recurring lines as a v1.1 export does (subscription and first day).
 */
export async function priceAccounts(
  db: Db,
  accountIds: readonly string[],
  period: { start: string; end: string },
  taxEngine: TaxEngine = builtInTaxEngine,
  onProgress?: (done: number) => void,
  options: { keyByServiceStart?: boolean } = {},
): Promise<PricedAccount[]> {
  const priced: PricedAccount[] = [];
  if (accountIds.length === 0) return priced;
  const load = (start: number) => {
    const chunk = accountIds.slice(start, start + CHUNK);
    const loading = Promise.all([
      loadBillingInputs(db, chunk, period),
      listAllSubscriptionsOfAccounts(db, chunk),
      listAllChargesOfAccounts(db, chunk),
    ]);
    loading.catch(() => {}); // awaited below; until then a failure must not count as unhandled
    return loading;
  };
  let next = load(0);
  for (let start = 0; start < accountIds.length; start += CHUNK) {
    const [inputs, subscriptions, charges] = await next;
    // The next chunk is read while this one is priced (a parallel run of 1,000 accounts: 3.7 s → 3.4 s).
    if (start + CHUNK < accountIds.length) next = load(start + CHUNK);
    const legacyIdOf = new Map<string, string>([
      ...subscriptions.map((s) => [s.id, s.externalId ?? s.id] as const),
      ...charges.map((c) => [c.id, c.externalId ?? c.id] as const),
    ]);
    const billable = inputs.filter((input) => input.problems.length === 0);
    const chargeLines = billable.map((input) => computeChargeLines(input.input));
    const taxLines = await taxEngine.taxLines(
      db,
      billable.map((input, i) => ({
        account: input.account,
        currency: input.account.currency,
        policy: input.input.policy,
        period,
        lines: chargeLines[i] ?? [],
      })),
    );
    for (const input of inputs) {
      const i = billable.indexOf(input);
      if (i < 0) {
        priced.push({ account: input.account, invoice: null, problems: input.problems });
        continue;
      }
      const unitPriceOf = new Map(
        input.input.subscriptions.map((sub) => [sub.id, sub.charges[0]?.unitPrice ?? null]),
      );
      const lines = [...(chargeLines[i] ?? []), ...(taxLines[i] ?? [])];
      if ((chargeLines[i] ?? []).length === 0) {
        priced.push({ account: input.account, invoice: null, problems: [] });
        continue;
      }
      const totals = totalInvoice(lines);
      priced.push({
        account: input.account,
        problems: [],
        invoice: {
          subtotal: totals.subtotal,
          taxTotal: totals.taxTotal,
          total: totals.total,
          lines: lines.map((line) => ({
            lineType: line.lineType,
            lineKey: legacyKeyOf(line, legacyIdOf, options.keyByServiceStart ?? false),
            productCode: line.productCode,
            description: describeLine(line),
            quantity: line.quantity,
            unitPrice: line.lineType === 'recurring' ? (unitPriceOf.get(line.key) ?? null) : null,
            amount: line.amount,
          })),
        },
      });
    }
    onProgress?.(Math.min(start + CHUNK, accountIds.length));
  }
  return priced;
}
