import { describe, expect, it } from 'vitest';
import { isKnownZone, localSendInstant } from './local-send-time';

describe('localSendInstant', () => {
  it('is 09:00 where the account is, daylight saving included', () => {
    expect(localSendInstant('2027-01-15', '09:00', 'America/Chicago', 'UTC').toISOString()).toBe(
      '2027-01-15T15:00:00.000Z',
    );
    expect(localSendInstant('2027-07-15', '09:00', 'America/Chicago', 'UTC').toISOString()).toBe(
      '2027-07-15T14:00:00.000Z',
    );
    expect(localSendInstant('2027-01-15', '09:00', 'Asia/Kolkata', 'UTC').toISOString()).toBe(
      '2027-01-15T03:30:00.000Z',
    );
  });

  it('falls back to the organization’s zone for an account without one or with an unknown one', () => {
    expect(localSendInstant('2027-01-15', '09:00', null, 'Europe/London').toISOString()).toBe(
      '2027-01-15T09:00:00.000Z',
    );
    expect(localSendInstant('2027-01-15', '09:00', 'Mars/Olympus', 'Europe/London').toISOString()).toBe(
      '2027-01-15T09:00:00.000Z',
    );
    expect(isKnownZone('Mars/Olympus')).toBe(false);
  });
});
