/**
 * An instant on `day` inside dunning's daytime window in the zones tests use: 15:00 UTC is
 * 10:00 (or 11:00 in summer) in New York, the test organization's zone, and 15:00 in UTC.
 */
export function daytimeOf(day: string): Date {
  return new Date(`${day}T15:00:00Z`);
}
