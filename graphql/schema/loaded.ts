/** A related row that must exist (a foreign key guarantees it); its absence is a bug, not a null. */
export async function loaded<T>(row: Promise<T | null>, what: string): Promise<T> {
  const value = await row;
  if (value === null) throw new Error(`${what} is missing`);
  return value;
}
