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

/** Format v1.1's rules for recurring charges billed in advance (manifest `billing`). */
export interface AdvanceBillingSettings {
  /** A cancellation credits the unused days billed ahead (a change always does). */
  creditUnusedOnCancel: boolean;
  /** A subscription starting mid-period is billed from its start with its next full period. */
  billPartialWithNextPeriod: boolean;
}

export interface LegacyManifest {
  /** '1' (FORMAT.md: arrears only) or '1.1' (FORMAT-v1.1.md: recurring charges may be billed in advance). */
  version: '1' | '1.1';
  /** v1.1's settings; v1 bills nothing in advance, so they are the defaults and unused. */
  billing: AdvanceBillingSettings;
  sourceSystem: string | null;
  exportedAt: string | null;
  period: { start: string; end: string };
  rounding: { mode: RoundingMode; callDecimals: number };
  files: Record<ExportFile, { rows: number; sha256: string }>;
}

const bad = (message: string) => new AppError('BAD_USER_INPUT', `manifest.json: ${message}`);

/**
 * Reads and checks manifest.json: format v1 or v1.1 (with its billing settings), a period, a rounding policy, and a row count
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
  // 1.1 may be written as a number or a string; 1 as a number, as v1 exports always were.
  const version = json.version === 1 ? '1' : json.version === 1.1 || json.version === '1.1' ? '1.1' : null;
  if (!version) throw bad(`version ${String(json.version)} is not supported (1 or 1.1)`);
  const billing = (json.billing ?? {}) as Record<string, unknown>;
  const setting = (name: string): boolean => {
    const value = billing[name];
    if (value === undefined) return true;
    if (typeof value !== 'boolean') throw bad(`billing.${name} must be true or false`);
    return value;
  };
  const settings: AdvanceBillingSettings = {
    creditUnusedOnCancel: version === '1.1' ? setting('credit_unused_on_cancel') : true,
    billPartialWithNextPeriod: version === '1.1' ? setting('bill_partial_with_next_period') : true,
  };
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
    version,
    billing: settings,
    sourceSystem: typeof json.source_system === 'string' ? json.source_system : null,
    exportedAt: typeof json.exported_at === 'string' ? json.exported_at : null,
    period: { start, end },
    rounding: { mode, callDecimals },
    files,
  };
}
