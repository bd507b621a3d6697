// pg-boss (10.x: the last line that runs on Node 20) over our own connections, so jobs are
// sent inside the transaction that makes their work (a bill run and its job commit together)
// and the embedded PGlite database needs no second client.
import { type SQL, sql } from 'drizzle-orm';
import PgBoss from 'pg-boss';
import type { Database, Db } from '../../db/client';
import { rowsOf } from '../../db/queries/raw-rows';

/** pg-boss's `$n` placeholders as drizzle params (objects as JSON, undefined as null; arrays stay arrays). */
function toSql(text: string, values: readonly unknown[]): SQL {
  const parts = text.split(/\$(\d+)/);
  return sql.join(
    parts.map((part, i) => {
      if (i % 2 === 0) return sql.raw(part);
      const value = values[Number(part) - 1];
      return sql.param(
        value === undefined
          ? null
          : value !== null && typeof value === 'object' && !(value instanceof Date) && !Array.isArray(value)
            ? JSON.stringify(value)
            : value,
      );
    }),
  );
}

/** pg-boss's database interface on a connection or an open transaction. */
export function queueDb(db: Db): PgBoss.Db {
  return {
    async executeSql(text, values = []) {
      const result = (await db.execute(toSql(text, values))) as unknown as { rows?: unknown[] } | unknown[];
      return { rows: Array.isArray(result) ? result : (result.rows ?? []) };
    },
  };
}

/** The root connection also runs pg-boss's multi-statement migrations (BEGIN…COMMIT in one text). */
export function rootQueueDb(database: Database): PgBoss.Db {
  // biome-ignore lint/suspicious/noExplicitAny: the drivers' raw clients
  const client = (database.db as any).$client;
  return {
    async executeSql(text, values = []) {
      if (values.length > 0) return queueDb(database.db).executeSql(text, values);
      if (database.kind === 'pglite') {
        const results = await client.exec(text);
        return { rows: results.at(-1)?.rows ?? [] };
      }
      // postgres.js refuses BEGIN on a pool: use one reserved connection, simple protocol.
      const reserved = await client.reserve();
      try {
        const result = await reserved.unsafe(text).simple();
        const last = Array.isArray(result) && Array.isArray(result.at(-1)) ? result.at(-1) : result;
        return { rows: Array.isArray(last) ? last : [] };
      } finally {
        reserved.release();
      }
    },
  };
}

/** Where pg-boss keeps its tables. */
export const QUEUE_SCHEMA = 'pgboss';

/**
 * Whether the job queue's tables exist in this database. The worker process installs them on
 * start (about 4 s on PGlite, once); a database no worker ever opened (a test's, or the CLI's
 * before the first server start) has none, and its bill runs are picked up by the sweep when
 * a worker starts.
 */
export async function isQueueInstalled(db: Db): Promise<boolean> {
  const [row] = rowsOf<{ installed: boolean }>(
    await db.execute(sql`select to_regclass(${`${QUEUE_SCHEMA}.job`}) is not null as installed`),
  );
  return row?.installed === true;
}

/** Sends a job on the given connection or transaction; a no-op where no queue is installed. */
export async function sendJob(db: Db, name: string, data: object, options: PgBoss.SendOptions = {}) {
  if (!(await isQueueInstalled(db))) return null;
  // A never-started instance only builds SQL: `send` runs on the `db` it is given.
  const sender = new PgBoss({ db: queueDb(db), schema: QUEUE_SCHEMA, migrate: false });
  return sender.send(name, data, { ...options, db: queueDb(db) });
}

/** Sends many jobs in one statement on the given connection or transaction; a no-op where no queue is installed. */
export async function sendJobs(
  db: Db,
  jobs: readonly { name: string; data: object; singletonKey?: string }[],
): Promise<void> {
  if (jobs.length === 0 || !(await isQueueInstalled(db))) return;
  const sender = new PgBoss({ db: queueDb(db), schema: QUEUE_SCHEMA, migrate: false });
  await sender.insert([...jobs], { db: queueDb(db) });
}
