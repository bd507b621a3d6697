/**
 * The value, which must be there: a missing one is a broken invariant (a foreign key's row
 * gone, the seed's own data not found), not something a user can fix, so it throws a plain
 * Error, which the API masks as INTERNAL_SERVER_ERROR.
 */
export function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`${what} not found`);
  return value;
}
