import { embeddedDatabaseDir, openDatabase } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { getEnv } from '../lib/env';

/** `npm run db:migrate`: applies pending migrations to the configured database. */
const env = getEnv();
const database = openDatabase({
  url: env.DATABASE_URL,
  dataDir: embeddedDatabaseDir(env.SWITCHBOARD_DATA_DIR),
});
try {
  await migrateDatabase(database);
  console.log(`Migrated the ${database.kind === 'postgres' ? 'PostgreSQL' : 'embedded'} database.`);
} finally {
  await database.close();
}
