import { listPricesDifferingFromCatalog } from '../../../db/queries/draft-checks';
import { groupBy } from '../../invoicing/group-by';
import { price } from './describe';
import type { DraftCheck, Finding } from './types';

/**
 * A subscription billed at another price than the catalog's current one. Precisely: for each
 * recurring line of a subscription, the price it bills at (the subscription's override if it
 * has one, else the unit price the line was billed at; prorated lines of subscriptions
 * without an override are not compared) differs from the product's flat amount or per-unit
 * price in the invoice currency in force on the bill run's issue date (else the day of the
 * check). So it finds negotiated overrides and subscriptions billed at a price the catalog has
 * since replaced; tiered and package prices are not compared.
 */
export const priceDiffersFromCatalog: DraftCheck = {
  code: 'PRICE_DIFFERS_FROM_CATALOG',
  title: 'Price differs from the catalog',
  description:
    "A subscription is billed at a price other than the catalog's current one (an override, or a price changed since).",
  defaultSeverity: 'warning',
  thresholds: [],
  async find(db, chunk) {
    const rows = await listPricesDifferingFromCatalog(db, chunk.invoiceIds, chunk.asOf);
    const currencyOf = new Map(chunk.facts.map((f) => [f.invoiceId, f.currency]));
    const findings: Finding[] = [];
    for (const [invoiceId, lines] of groupBy(rows, (row) => row.invoiceId)) {
      const currency = currencyOf.get(invoiceId);
      if (!currency) continue;
      const parts = lines.map(
        (line) =>
          `${line.description}: ${price(line.billedPrice, currency)}${line.isOverride ? ' (override)' : ''} instead of ${price(line.catalogPrice, currency)}`,
      );
      findings.push({
        invoiceId,
        code: 'PRICE_DIFFERS_FROM_CATALOG',
        message: `Price differs from the catalog's current price on ${parts.join('; ')}.`,
        details: { lines },
      });
    }
    return findings;
  },
};
