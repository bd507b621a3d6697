import { parseArgs } from 'node:util';
import { embeddedDatabaseDir, openDatabase } from '../../db/client';
import { migrateDatabase } from '../../db/migrate';
import { systemActor } from '../../lib/auth/actor';
import { getEnv } from '../../lib/env';
import { isAppError } from '../../lib/errors';
import { autopilotCommand } from './autopilot-command';
import { billRunCommand } from './bill-run-command';
import { generateLegacyExportCommand } from './generate-legacy-export-command';
import { importLegacyCommand } from './import-legacy-command';
import { ingestUsageCommand } from './ingest-usage-command';
import { parallelRunCommand } from './parallel-run-command';
import { sendCampaignEmailsCommand } from './send-campaign-emails-command';
import { sendInvoiceEmailsCommand } from './send-invoice-emails-command';

const usage = `Usage: switchboard <command> [options]

Commands:
  ingest-usage <file.csv> [--json]   Ingest a CDR/CSV usage file (FORMAT.md usage.csv columns)
  bill-run --period <start>:<end> [--json]
                                     Bill every account for a period (end exclusive) into drafts
  bill-run --resume <bill-run-id> [--json]
                                     Finish a bill run another process left unfinished
  import-legacy <dir|zip> [--json]   Verify and import a legacy billing export (FORMAT.md)
  parallel-run --import <import-id> [--json]
                                     Re-bill an import's period and reconcile it with the legacy invoices
  generate-legacy-export <dir> --accounts N [--seed S] [--usage-per-account N]
        [--fault-rate F] [--rounding half_up|half_even] [--period YYYY-MM] [--json]
                                     Write a synthetic legacy billing export (FORMAT.md v1)
                                     with manifest.json and expected.json (no database)
  send-campaign-emails [--json]      Send the campaign emails that are due (what the server's workers do)
  send-invoice-emails [--json]       Send the queued invoice emails once each (what the server's workers do)
  autopilot [--now <instant>] [--json]
                                     Start the schedules' due runs and carry every run through: bill,
                                     check, finalize clean drafts, email (what the server's workers do)
  help                               Show this help

The database is the server's: DATABASE_URL when set, else the embedded one in
SWITCHBOARD_DATA_DIR (default .data). Stop the server before using the embedded database:
it admits one process at a time.`;

/** Runs one command; resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...args] = positionals;
  if (!command || command === 'help' || values.help) {
    console.log(usage);
    return command || values.help ? 0 : 1;
  }
  if (command === 'generate-legacy-export') {
    if (args.length !== 1) {
      console.error(`generate-legacy-export takes one directory\n\n${usage}`);
      return 2;
    }
    return generateLegacyExportCommand(args[0] as string, {
      accounts: values.accounts,
      seed: values.seed,
      usagePerAccount: values['usage-per-account'],
      faultRate: values['fault-rate'],
      rounding: values.rounding,
      period: values.period,
      json: values.json ?? false,
    });
  }
  const valid =
    (command === 'ingest-usage' && args.length === 1) ||
    (command === 'bill-run' && args.length === 0 && !!values.period !== !!values.resume) ||
    (command === 'import-legacy' && args.length === 1) ||
    (command === 'parallel-run' && args.length === 0 && !!values.import) ||
    (command === 'send-campaign-emails' && args.length === 0) ||
    (command === 'send-invoice-emails' && args.length === 0) ||
    (command === 'autopilot' && args.length === 0);
  if (!valid) {
    console.error(`Unknown command or arguments: ${argv.join(' ')}\n\n${usage}`);
    return 2;
  }
  const env = getEnv();
  const database = openDatabase({
    url: env.DATABASE_URL,
    dataDir: embeddedDatabaseDir(env.SWITCHBOARD_DATA_DIR),
  });
  try {
    await migrateDatabase(database);
    const ctx = { db: database.db, actor: systemActor('cli') };
    const json = values.json ?? false;
    if (command === 'ingest-usage') return await ingestUsageCommand(ctx, args[0] as string, json);
    if (command === 'import-legacy') return await importLegacyCommand(ctx, args[0] as string, json);
    if (command === 'parallel-run') return await parallelRunCommand(ctx, values.import as string, json);
    if (command === 'send-campaign-emails') return await sendCampaignEmailsCommand(ctx, json);
    if (command === 'send-invoice-emails') return await sendInvoiceEmailsCommand(ctx, json);
    if (command === 'autopilot') return await autopilotCommand(ctx, { now: values.now, json });
    return await billRunCommand(ctx, {
      period: values.period,
      resume: values.resume,
      chunkSize: values['chunk-size'] ? Number(values['chunk-size']) : undefined,
      json,
    });
  } catch (error) {
    console.error(isAppError(error) ? `${error.code}: ${error.message}` : error);
    return 1;
  } finally {
    await database.close();
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      help: { type: 'boolean' },
      period: { type: 'string' },
      resume: { type: 'string' },
      'chunk-size': { type: 'string' },
      import: { type: 'string' },
      accounts: { type: 'string' },
      seed: { type: 'string' },
      'usage-per-account': { type: 'string' },
      'fault-rate': { type: 'string' },
      rounding: { type: 'string' },
      now: { type: 'string' },
    },
  });
}
