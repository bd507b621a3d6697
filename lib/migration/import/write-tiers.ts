import type { Db } from '../../../db/client';
import { insertChunked } from '../../../db/queries/chunked-insert';
import { priceTiers } from '../../../db/schema';
import { isPlainDecimal } from '../../money/decimal';
import type { IncomingRow } from '../../usage/ingest-usage';
import { upperBoundsOfStarts } from './tier-bounds';

/** A tiered price written by writeImport whose tiers wait for the usage's decimals. */
export interface PendingTiers {
  priceId: string;
  pricing: 'graduated' | 'volume';
  usageType: 'voice' | 'sms' | 'data' | null;
  tiers: readonly { start: string; unitPrice: string }[];
}

/**
 * Passes usage rows on unchanged while noting the most decimals of a quantity per usage
 * type: volume tiers are bounded with them (tier-bounds.ts), so that every period total of
 * the export's own usage falls in the tier the legacy system put it in.
 */
export async function* notingQuantityDecimals(
  rows: AsyncIterable<IncomingRow>,
  decimals: Map<string, number>,
): AsyncGenerator<IncomingRow> {
  for await (const row of rows) {
    if ('raw' in row && row.raw.quantity !== null && row.raw.quantity !== undefined) {
      const text = String(row.raw.quantity).trim();
      if (isPlainDecimal(text)) {
        const places = text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
        const type = row.raw.usage_type ?? '';
        decimals.set(type, Math.max(decimals.get(type) ?? 0, places));
      }
    }
    yield row;
  }
}

/** Writes the tiers of the import's tiered prices, bounded for the quantities the export held. */
export async function writePendingTiers(
  tx: Db,
  pending: readonly PendingTiers[],
  quantityDecimals: ReadonlyMap<string, number>,
): Promise<void> {
  const rows = pending.flatMap((price) =>
    upperBoundsOfStarts(price.tiers, price.pricing, quantityDecimals.get(price.usageType ?? '') ?? 0).map(
      (tier, position) => ({ priceId: price.priceId, position, upTo: tier.upTo, unitPrice: tier.unitPrice }),
    ),
  );
  await insertChunked(tx, priceTiers, rows);
}
