import { isIsoDate } from '../../dates';
import { AppError } from '../../errors';
import { isRoundingMode, type RoundingMode } from '../../money/rounding';

/** The files of a legacy export (FORMAT.md), in the order they are imported. */
export const exportFiles = [
  'products.csv',
  'price_tiers.csv',
  'rate_decks.csv',
  'tax_rates.csv',
  'accounts.csv',
  'subscriptions.csv',
  'one_time_charges.csv',
  'usage.csv',
  'invoices.csv',
  'invoice_lines.csv',
  'balances.csv',
] as const;
export type ExportFile = (typeof exportFiles)[number];

export interface LegacyManifest {
  sourceSystem: string | null;
  exportedAt: string | null;
  period: { start: string; end: string };
  rounding: { mode: RoundingMode; callDecimals: number };
  files: Record<ExportFile, { rows: number; sha256: string }>;
}

const bad = (message: string) => new AppError('BAD_USER_INPUT', `manifest.json: ${message}`);

/**
 * Reads and checks manifest.json: format v1, a period, a rounding policy, and a row count
 * and checksum for every file of the format.
 * @throws AppError BAD_USER_INPUT naming what is wrong.
 */
export function parseManifest(text: string): LegacyManifest {
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(text);
  } catch {
    throw bad('is not valid JSON');
  }
  if (json.format !== 'legacy-billing-export') throw bad('format is not "legacy-billing-export"');
  if (json.version !== 1) throw bad(`version ${String(json.version)} is not supported (only 1)`);
  const period = (json.period ?? {}) as Record<string, unknown>;
  const start = String(period.start ?? '');
  const end = String(period.end ?? '');
  if (!isIsoDate(start) || !isIsoDate(end) || end <= start)
    throw bad('period.start and period.end must be dates, end after start');
  const rounding = (json.rounding ?? {}) as Record<string, unknown>;
  const mode = String(rounding.mode ?? '');
  const callDecimals = Number(rounding.call_decimals);
  if (mode !== 'half_up' && mode !== 'half_even') throw bad('rounding.mode must be half_up or half_even');
  if (!isRoundingMode(mode) || !Number.isInteger(callDecimals) || callDecimals < 0 || callDecimals > 10)
    throw bad('rounding.call_decimals must be a whole number from 0 to 10');
  const listed = (json.files ?? {}) as Record<string, { rows?: unknown; sha256?: unknown }>;
  const files = {} as LegacyManifest['files'];
  for (const name of exportFiles) {
    const entry = listed[name];
    const rows = Number(entry?.rows);
    const sha256 = String(entry?.sha256 ?? '').toLowerCase();
    if (!entry || !Number.isInteger(rows) || rows < 0 || !/^[0-9a-f]{64}$/.test(sha256))
      throw bad(`files["${name}"] needs rows and a sha256`);
    files[name] = { rows, sha256 };
  }
  return {
    sourceSystem: typeof json.source_system === 'string' ? json.source_system : null,
    exportedAt: typeof json.exported_at === 'string' ? json.exported_at : null,
    period: { start, end },
    rounding: { mode, callDecimals },
    files,
  };
}
