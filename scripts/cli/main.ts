import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { embeddedDatabaseDir, openDatabase } from '../../db/client';
import { migrateDatabase } from '../../db/migrate';
import { systemActor } from '../../lib/auth/actor';
import { getEnv } from '../../lib/env';
import { isAppError } from '../../lib/errors';
import { ingestUsageFile } from '../../lib/usage/ingest-usage-file';

const usage = `Usage: switchboard <command> [options]

Commands:
  ingest-usage <file.csv> [--json]   Ingest a CDR/CSV usage file (FORMAT.md usage.csv columns)
  help                               Show this help

The database is the server's: DATABASE_URL when set, else the embedded one in
SWITCHBOARD_DATA_DIR (default .data). Stop the server before using the embedded database:
it admits one process at a time.`;

/** Runs one command; resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const json = rest.includes('--json');
  const args = rest.filter((arg) => !arg.startsWith('--'));
  if (!command || command === 'help' || command === '--help') {
    console.log(usage);
    return command ? 0 : 1;
  }
  if (command !== 'ingest-usage' || args.length !== 1) {
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
    const path = args[0] as string;
    const report = await ingestUsageFile(
      { db: database.db, actor: systemActor('cli') },
      {
        body: Readable.toWeb(createReadStream(path)) as WebReadableStream<Uint8Array>,
        fileName: basename(path),
        bytesTotal: statSync(path).size,
        source: 'cli',
      },
    );
    if (json) console.log(JSON.stringify(report));
    else {
      console.log(
        `${path}: read ${report.read}, imported ${report.imported} (${report.unrated} unrated), duplicates ${report.duplicates}, conflicts ${report.conflicts}, rejected ${report.rejected}`,
      );
    }
    return 0;
  } catch (error) {
    console.error(isAppError(error) ? `${error.code}: ${error.message}` : error);
    return 1;
  } finally {
    await database.close();
  }
}
