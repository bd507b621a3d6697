import { DateTime } from 'luxon';

/**
 * The instant it is `localTime` (HH:MM) on `day` in `zone` (IANA), as luxon reads the zone's
 * rules, daylight saving included. A zone luxon does not know falls back to `fallbackZone`.
 */
export function localSendInstant(
  day: string,
  localTime: string,
  zone: string | null,
  fallbackZone: string,
): Date {
  const candidate = zone ? DateTime.fromISO(`${day}T${localTime}`, { zone }) : null;
  const at = candidate?.isValid ? candidate : DateTime.fromISO(`${day}T${localTime}`, { zone: fallbackZone });
  if (!at.isValid) throw new Error(`cannot read ${day} ${localTime} in ${zone ?? fallbackZone}`);
  return at.toUTC().toJSDate();
}

export function isKnownZone(zone: string): boolean {
  return DateTime.local().setZone(zone).isValid;
}
