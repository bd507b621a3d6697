import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { embeddedDatabaseDir, openDatabase } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { getEnv } from '../lib/env';
import { type DemoCredential, ensureFirstAdmin, FIRST_ADMIN_EMAIL, seedDemo } from '../seed/demo';

/**
 * Migrates the database and, on the very first start, seeds it: the demo provider on the
 * embedded database (or when SWITCHBOARD_SEED_DEMO=true), otherwise a single first admin.
 * Runs in its own process before the server, because PGlite admits one process at a time.
 */
export async function prepareDatabase(): Promise<void> {
  const env = getEnv();
  const database = openDatabase({
    url: env.DATABASE_URL,
    dataDir: embeddedDatabaseDir(env.SWITCHBOARD_DATA_DIR),
  });
  const credentialsFile = join(resolve(env.SWITCHBOARD_DATA_DIR), 'first-sign-in.json');
  try {
    await migrateDatabase(database);
    const seedDemoData = env.SWITCHBOARD_SEED_DEMO ?? !env.DATABASE_URL;
    const created = seedDemoData
      ? await seedDemo(database.db)
      : await ensureFirstAdmin(database.db, FIRST_ADMIN_EMAIL).then((admin) => (admin ? [admin] : null));
    if (created) writeFileSync(credentialsFile, JSON.stringify(created, null, 2), { mode: 0o600 });
  } finally {
    await database.close();
  }
  if (existsSync(credentialsFile))
    printSignIns(JSON.parse(readFileSync(credentialsFile, 'utf8')), credentialsFile);
}

function printSignIns(credentials: DemoCredential[], file: string): void {
  const width = Math.max(...credentials.map((c) => c.email.length));
  console.log('\n  Sign in to the console with one of these (generated on first start):\n');
  for (const c of credentials) console.log(`    ${c.role.padEnd(8)} ${c.email.padEnd(width)}  ${c.password}`);
  console.log(`\n  (kept in ${file}; delete that file once you have changed the passwords)\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  prepareDatabase().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
