/**
 * Column names a CSV header gives more than once, each named once. Such a file is refused:
 * which of the two columns holds the value cannot be told, and picking one silently would
 * import the other's values as if they were right.
 */
export function repeatedColumns(columns: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const column of columns) (seen.has(column) ? repeated : seen).add(column);
  return [...repeated];
}
