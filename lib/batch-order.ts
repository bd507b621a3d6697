/**
 * Shapes one query's rows into what a DataLoader batch must return: a result per key, in
 * the keys' order.
 */
export function groupByKeys<T>(
  keys: readonly string[],
  rows: readonly T[],
  keyOf: (row: T) => string,
): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

export function oneByKeys<T extends { id: string }>(
  keys: readonly string[],
  rows: readonly T[],
): (T | null)[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return keys.map((key) => byId.get(key) ?? null);
}
