/** Column order of every file of a legacy export (FORMAT.md v1), header row included. */
export const exportColumns = {
  'accounts.csv': [
    'account_id',
    'name',
    'email',
    'currency',
    'tax_region',
    'rate_plan',
    'status',
    'opened_on',
    'closed_on',
    'parent_account_id',
  ],
  'products.csv': [
    'product_code',
    'name',
    'kind',
    'usage_type',
    'unit_price',
    'tax_category',
    'included_voice_minutes',
    'pricing',
  ],
  'price_tiers.csv': ['product_code', 'tier_start', 'unit_price'],
  'rate_decks.csv': [
    'rate_plan',
    'prefix',
    'destination',
    'domestic',
    'rate_per_minute',
    'initial_increment_s',
    'subsequent_increment_s',
    'connection_fee',
  ],
  'tax_rates.csv': ['tax_region', 'tax_category', 'tax_code', 'rate_percent'],
  'subscriptions.csv': [
    'subscription_id',
    'account_id',
    'product_code',
    'quantity',
    'unit_price',
    'discount_percent',
    'start_date',
    'end_date',
  ],
  'one_time_charges.csv': [
    'charge_id',
    'account_id',
    'product_code',
    'charge_date',
    'quantity',
    'unit_price',
  ],
  'usage.csv': [
    'record_id',
    'account_id',
    'usage_type',
    'started_at',
    'destination',
    'duration_s',
    'quantity',
  ],
  'invoices.csv': [
    'invoice_id',
    'account_id',
    'period_start',
    'period_end',
    'issued_on',
    'due_on',
    'currency',
    'subtotal',
    'tax_total',
    'total',
  ],
  'invoice_lines.csv': [
    'invoice_id',
    'line_no',
    'line_type',
    'product_code',
    'subscription_id',
    'charge_id',
    'destination',
    'tax_code',
    'tax_category',
    'description',
    'quantity',
    'unit_price',
    'amount',
  ],
  'balances.csv': ['account_id', 'as_of', 'open_balance'],
} as const;

export type ExportFileName = keyof typeof exportColumns;

/** The order the files are written and listed in manifest.json. */
export const exportFileNames = Object.keys(exportColumns) as ExportFileName[];

export type ExportVersion = '1' | '1.1';

/** The columns format v1.1 appends to four files (FORMAT-v1.1.md); the other files are as in v1. */
export const v11Columns: Partial<Record<ExportFileName, readonly string[]>> = {
  'products.csv': ['billing_timing'],
  'subscriptions.csv': ['replaces_subscription_id'],
  'invoices.csv': ['advance_start', 'advance_end'],
  'invoice_lines.csv': ['service_start', 'service_end'],
};

/** A file's header in a format version: v1's columns, then v1.1's additions. */
export function columnsOf(name: ExportFileName, version: ExportVersion): readonly string[] {
  return version === '1' ? exportColumns[name] : [...exportColumns[name], ...(v11Columns[name] ?? [])];
}
