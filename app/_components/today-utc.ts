/** Today as the API writes a `Date` (YYYY-MM-DD, in UTC): the default of date inputs. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}
