import { defineConfig } from 'drizzle-kit';

// Migrations are generated against the schema alone (no database needed); they are applied
// by db/migrate.ts on PGlite and PostgreSQL alike.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema/index.ts',
  out: './db/migrations',
  casing: 'snake_case',
  strict: true,
  verbose: false,
});
