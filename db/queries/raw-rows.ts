/**
 * Rows of a raw `db.execute`: postgres.js returns an array of rows, PGlite an object with
 * `rows`. Query functions that need SQL drizzle cannot express read results through this.
 */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  const rows = (result as { rows?: unknown } | null)?.rows;
  return Array.isArray(rows) ? (rows as T[]) : [];
}
