import { Dec } from '../../money/decimal';
import type { ExportVersion } from '../legacy-export/export-columns';
import type { CsvRow, UnreadableRow } from '../legacy-export/read-csv-rows';
import { CellReader } from './cell-reader';
import { acceptRows, type FileTally } from './file-tally';

export interface PlannedProduct {
  row: CsvRow;
  code: string;
  name: string;
  kind: 'recurring' | 'usage' | 'one_time';
  usageType: 'voice' | 'sms' | 'data' | null;
  pricing: 'flat' | 'graduated' | 'volume' | 'rate_deck';
  unitPrice: string | null;
  taxCategory: string;
  includedVoiceMinutes: string;
  /** v1.1's billing_timing of a recurring product; null (v1, or empty) follows the catalog: arrears. */
  billingTiming: 'in_advance' | 'in_arrears' | null;
  /** v1's tiers by their starts, sorted; tier-bounds.ts turns them into upper bounds. */
  tiers: { row: CsvRow; start: string; unitPrice: string }[];
}

export interface PlannedDeckEntry {
  row: CsvRow;
  prefix: string;
  destination: string;
  domestic: boolean;
  ratePerMinute: string;
  initialSeconds: number;
  subsequentSeconds: number;
  connectionFee: string;
}

export interface PlannedTaxRate {
  row: CsvRow;
  region: string;
  category: string;
  code: string;
  ratePercent: string;
}

export interface CatalogPlan {
  products: Map<string, PlannedProduct>;
  /** Rate plan code → its destinations. */
  ratePlans: Map<string, PlannedDeckEntry[]>;
  taxRates: PlannedTaxRate[];
}

type Rows = readonly (CsvRow | UnreadableRow)[];

/** Checks the catalog files (products, tiers, rate decks, tax rates) and keeps the rows that stand. */
export function planCatalog(
  files: { products: Rows; tiers: Rows; decks: Rows; taxRates: Rows },
  tallies: { products: FileTally; tiers: FileTally; decks: FileTally; taxRates: FileTally },
  version: ExportVersion = '1',
): CatalogPlan {
  const products = new Map<string, PlannedProduct>();
  for (const { id, value } of acceptRows(
    files.products,
    tallies.products,
    (c) => c.product_code ?? '',
    (row) => checkProduct(row, version),
  ))
    products.set(id, value);

  for (const { row, value } of acceptRows(
    files.tiers,
    tallies.tiers,
    (c) => `${c.product_code}/${c.tier_start}`,
    (row) => {
      const cells = new CellReader(row.cells);
      const code = cells.text('product_code');
      const from = cells.decimal('tier_start', { min: 0 });
      const unitPrice = cells.decimal('unit_price', { min: 0 });
      const product = products.get(code);
      if (!cells.problem && !product) return { reason: `unknown product ${code}` };
      if (!cells.problem && product && product.pricing !== 'graduated' && product.pricing !== 'volume')
        return { reason: `product ${code} is priced ${product.pricing}, not by tiers` };
      return cells.result({ product, from: from ?? '0', unitPrice: unitPrice ?? '0' });
    },
  )) {
    value.product?.tiers.push({ row, start: value.from, unitPrice: value.unitPrice });
  }
  for (const product of products.values())
    product.tiers.sort((a, b) => new Dec(a.start).comparedTo(new Dec(b.start)));

  const ratePlans = new Map<string, PlannedDeckEntry[]>();
  for (const { value } of acceptRows(
    files.decks,
    tallies.decks,
    (c) => `${c.rate_plan}/${c.prefix}`,
    (row) => {
      const cells = new CellReader(row.cells);
      const plan = cells.text('rate_plan');
      const prefix = cells.text('prefix');
      if (prefix && !/^\d{1,15}$/.test(prefix)) return { reason: `prefix "${prefix}" is not E.164 digits` };
      const entry: PlannedDeckEntry = {
        row,
        prefix,
        destination: cells.text('destination'),
        domestic: cells.oneOf('domestic', ['true', 'false']) === 'true',
        ratePerMinute: cells.decimal('rate_per_minute', { min: 0 }) ?? '0',
        initialSeconds: cells.wholeNumber('initial_increment_s', { min: 1 }) ?? 1,
        subsequentSeconds: cells.wholeNumber('subsequent_increment_s', { min: 1 }) ?? 1,
        connectionFee: cells.decimal('connection_fee', { required: false, min: 0 }) ?? '0',
      };
      return cells.result({ plan, entry });
    },
  )) {
    const entries = ratePlans.get(value.plan) ?? [];
    entries.push(value.entry);
    ratePlans.set(value.plan, entries);
  }

  const taxRates = acceptRows(
    files.taxRates,
    tallies.taxRates,
    (c) => `${c.tax_region}/${c.tax_category}/${c.tax_code}`,
    (row): { value: PlannedTaxRate } | { reason: string } => {
      const cells = new CellReader(row.cells);
      const rate = cells.decimal('rate_percent', { min: 0 });
      if (rate && new Dec(rate).greaterThanOrEqualTo(100))
        return { reason: `rate_percent ${rate} is 100 or more` };
      return cells.result({
        row,
        region: cells.text('tax_region'),
        category: cells.text('tax_category'),
        code: cells.text('tax_code'),
        ratePercent: rate ?? '0',
      });
    },
  ).map(({ value }) => value);

  return { products, ratePlans, taxRates };
}

function checkProduct(row: CsvRow, version: ExportVersion): { value: PlannedProduct } | { reason: string } {
  const cells = new CellReader(row.cells);
  const code = cells.text('product_code');
  const name = cells.text('name');
  const kind = cells.oneOf('kind', ['recurring', 'usage', 'one_time'] as const);
  const usageType = cells.oneOf('usage_type', ['voice', 'sms', 'data'] as const, kind === 'usage');
  const pricing = cells.oneOf('pricing', ['flat', 'graduated', 'volume', 'rate_deck'] as const);
  const unitPrice = cells.decimal('unit_price', { required: pricing === 'flat', min: 0 });
  const taxCategory = cells.text('tax_category');
  const included = cells.decimal('included_voice_minutes', { required: false, min: 0 }) ?? '0';
  // v1 has no such column: a v1 export bills everything in arrears, whatever extra columns it carries.
  const timing =
    version === '1' ? null : cells.oneOf('billing_timing', ['advance', 'arrears'] as const, false);
  if (!cells.problem) {
    if (timing && kind !== 'recurring') return { reason: `billing_timing is set on a ${kind} product` };
    if (kind !== 'usage' && usageType) return { reason: `usage_type is set on a ${kind} product` };
    if (pricing === 'rate_deck' && usageType !== 'voice')
      return { reason: 'only voice is priced by a rate deck' };
    if (usageType === 'voice' && pricing !== 'rate_deck' && pricing !== 'flat')
      return { reason: `voice cannot be priced ${pricing}` };
    if ((pricing === 'graduated' || pricing === 'volume') && kind !== 'usage')
      return { reason: `a ${kind} product cannot be priced ${pricing}` };
  }
  return cells.result({
    row,
    code,
    name,
    kind: kind ?? 'recurring',
    usageType,
    pricing: pricing ?? 'flat',
    unitPrice,
    taxCategory,
    includedVoiceMinutes: included,
    billingTiming: timing === 'advance' ? 'in_advance' : timing === 'arrears' ? 'in_arrears' : null,
    tiers: [],
  });
}
