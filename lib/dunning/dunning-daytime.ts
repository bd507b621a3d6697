import { DateTime } from 'luxon';
import type { DaytimeZone } from '../../db/queries/dunning';

/**
 * Dunning acts only while it is daytime where the customer is: from 09:00 up to (not
 * including) 17:00 local time, Monday to Sunday. The pass runs hourly, so every account gets
 * eight chances a day; a step reached overnight goes out the next morning.
 */
export const DUNNING_DAY_STARTS_AT_HOUR = 9;
export const DUNNING_DAY_ENDS_AT_HOUR = 17;

/**
 * Of the zones given (as stored on accounts; the organization's stands in for an unknown
 * one), those where `now` is inside the daytime window, each with its local day.
 */
export function daytimeZones(zones: readonly string[], now: Date, organizationZone: string): DaytimeZone[] {
  return zones.flatMap((zone) => {
    const known = DateTime.fromJSDate(now, { zone });
    const local = known.isValid ? known : DateTime.fromJSDate(now, { zone: organizationZone });
    if (!local.isValid) return [];
    const inDaytime = local.hour >= DUNNING_DAY_STARTS_AT_HOUR && local.hour < DUNNING_DAY_ENDS_AT_HOUR;
    return inDaytime ? [{ zone, day: local.toISODate() as string }] : [];
  });
}
