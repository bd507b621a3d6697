import {
  type GenerateLegacyExportOptions,
  generateLegacyExport,
  generatorDefaults,
} from '../../lib/migration/export-generator/generate-legacy-export';
import { isRoundingMode } from '../../lib/money/rounding';

export interface GenerateLegacyExportArgs {
  accounts?: string | undefined;
  seed?: string | undefined;
  usagePerAccount?: string | undefined;
  faultRate?: string | undefined;
  rounding?: string | undefined;
  period?: string | undefined;
  json: boolean;
}

const wholeNumber = (text: string | undefined) =>
  text !== undefined && /^\d+$/.test(text) ? Number(text) : NaN;

/**
 * `generate-legacy-export <dir> --accounts N [...]`: writes a synthetic legacy export
 * (FORMAT.md v1) with manifest.json and expected.json. Needs no database.
 */
export async function generateLegacyExportCommand(
  dir: string,
  args: GenerateLegacyExportArgs,
): Promise<number> {
  const problems: string[] = [];
  const accounts = wholeNumber(args.accounts);
  if (!(accounts >= 1)) problems.push('--accounts must be a whole number, at least 1');
  const options: GenerateLegacyExportOptions = { accounts };
  if (args.seed !== undefined) {
    options.seed = wholeNumber(args.seed);
    if (Number.isNaN(options.seed)) problems.push('--seed must be a whole number');
  }
  if (args.usagePerAccount !== undefined) {
    options.usagePerAccount = wholeNumber(args.usagePerAccount);
    if (Number.isNaN(options.usagePerAccount)) problems.push('--usage-per-account must be a whole number');
  }
  if (args.faultRate !== undefined) {
    options.faultRate = /^(0(\.\d+)?|1(\.0+)?)$/.test(args.faultRate) ? Number(args.faultRate) : NaN;
    if (Number.isNaN(options.faultRate)) problems.push('--fault-rate must be a number from 0 to 1');
  }
  if (args.rounding !== undefined) {
    if (args.rounding === 'half_up' || args.rounding === 'half_even') options.rounding = args.rounding;
    else
      problems.push(
        `--rounding must be half_up or half_even${isRoundingMode(args.rounding) ? ' for a legacy export' : ''}`,
      );
  }
  if (args.period !== undefined) {
    if (/^\d{4}-(0[1-9]|1[0-2])$/.test(args.period)) options.period = args.period;
    else problems.push('--period must be YYYY-MM');
  }
  if (problems.length > 0) {
    for (const problem of problems) console.error(problem);
    return 2;
  }
  const started = performance.now();
  const { files, expected } = await generateLegacyExport(dir, options);
  const seconds = (performance.now() - started) / 1000;
  if (args.json) {
    console.log(
      JSON.stringify({
        dir,
        seconds,
        files,
        faults: Object.keys(expected.faults).length,
        messy: expected.messy,
      }),
    );
    return 0;
  }
  console.log(
    `${dir}: ${expected.accounts} accounts, seed ${options.seed ?? generatorDefaults.seed}, period ${expected.period.start} to ${expected.period.end} (${expected.rounding.mode})`,
  );
  for (const [file, { rows }] of Object.entries(files)) console.log(`  ${file.padEnd(22)} ${rows} rows`);
  console.log(
    `  legacy invoices ${expected.legacy_invoices}, new ${expected.new_invoices}, matching exactly ${expected.invoices_matching_exactly}, faults ${Object.keys(expected.faults).length}`,
  );
  console.log(`  written in ${seconds.toFixed(1)} s; expected.json says what a correct migration finds`);
  return 0;
}
