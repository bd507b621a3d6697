import { hash as digest } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseUsageRow, type RawUsageRow } from './usage-row';

const voice: RawUsageRow = {
  record_id: 'CDR1',
  account_id: 'L1',
  usage_type: 'voice',
  started_at: '2026-10-05T14:03:00Z',
  destination: '12125551234',
  duration_s: '46',
};
const rejection = (row: RawUsageRow) => {
  const parsed = parseUsageRow(row);
  return 'rejected' in parsed ? parsed.rejected : null;
};

describe('parseUsageRow', () => {
  it('normalises a voice record and an sms and data record', () => {
    const parsed = parseUsageRow(voice);
    expect('draft' in parsed && parsed.draft).toMatchObject({
      recordId: 'CDR1',
      usageType: 'voice',
      durationSeconds: 46,
      quantity: null,
    });
    const data = parseUsageRow({
      record_id: 'D1',
      account_id: 'L1',
      usage_type: 'DATA',
      started_at: '2026-10-05T14:03:00+02:00',
      quantity: '12.500',
    });
    expect(
      'draft' in data && [data.draft.usageType, data.draft.quantity, data.draft.startedAt.toISOString()],
    ).toEqual(['data', '12.5', '2026-10-05T12:03:00.000Z']);
  });

  it('gives identical content the same hash and different content a different one', () => {
    const hash = (row: RawUsageRow) => {
      const parsed = parseUsageRow(row);
      return 'draft' in parsed ? parsed.draft.contentHash : null;
    };
    expect(hash(voice)).toBe(hash({ ...voice, duration_s: 46, started_at: '2026-10-05T14:03:00.000Z' }));
    expect(hash(voice)).not.toBe(hash({ ...voice, duration_s: '47' }));
    expect(hash(voice)).not.toBe(hash({ ...voice, account_id: 'L2' }));
  });

  it('rejects what breaks the format, with a reason', () => {
    expect(rejection({ ...voice, record_id: '' })).toBe('record_id is missing');
    expect(rejection({ ...voice, account_id: ' ' })).toBe('account_id is missing');
    expect(rejection({ ...voice, usage_type: 'fax' })).toBe(
      'unknown usage_type "fax" (voice, sms, data or custom)',
    );
    expect(rejection({ ...voice, started_at: '2026-13-45' })).toMatch(
      /^started_at "2026-13-45" is not an ISO 8601/,
    );
    expect(rejection({ ...voice, started_at: '2026-10-05 14:03:00' })).toMatch(/is not an ISO 8601/);
    expect(rejection({ ...voice, duration_s: '-5' })).toBe('duration_s -5 is negative');
    expect(rejection({ ...voice, duration_s: '4.5' })).toBe('duration_s "4.5" is not whole seconds');
    expect(rejection({ ...voice, duration_s: '' })).toBe('duration_s "" is not whole seconds');
    expect(rejection({ ...voice, destination: '' })).toBe('destination is missing for a voice record');
    const sms = { record_id: 'S1', account_id: 'L1', usage_type: 'sms', started_at: '2026-10-05T14:03:00Z' };
    expect(rejection({ ...sms, quantity: '-3' })).toBe('quantity -3 is negative');
    expect(rejection({ ...sms, quantity: 'lots' })).toBe('quantity "lots" is not a number');
    expect(rejection({ ...sms, quantity: '2.5' })).toBe('quantity 2.5 is not a whole number of messages');
    expect(rejection({ ...sms, usage_type: 'custom', quantity: '1' })).toBe(
      'custom usage needs a product_code',
    );
  });

  describe('subject (what a distinct count counts)', () => {
    const login: RawUsageRow = {
      record_id: 'U1',
      account_id: 'L1',
      usage_type: 'custom',
      product_code: 'ACTIVE-USERS',
      started_at: '2026-10-05T14:03:00Z',
      quantity: '1',
    };
    const draftOf = (row: RawUsageRow) => {
      const parsed = parseUsageRow(row);
      if (!('draft' in parsed)) throw new Error(parsed.rejected);
      return parsed.draft;
    };

    it('is kept trimmed and case as sent; an empty one is none', () => {
      expect(draftOf({ ...login, subject: '  Alice ' }).subject).toBe('Alice');
      expect(draftOf({ ...login, subject: '' }).subject).toBeNull();
      expect(draftOf(login).subject).toBeNull();
    });

    it('leaves the hash of a record without one as it was before subjects existed', () => {
      // The hash as usage-row.ts computed it before: a resent old record stays a duplicate.
      const before = digest(
        'md5',
        ['L1', 'custom', 'ACTIVE-USERS', '2026-10-05T14:03:00.000Z', '', '', '1'].join('\u001f'),
        'base64url',
      );
      expect(draftOf(login).contentHash).toBe(before);
      expect(draftOf({ ...login, subject: '' }).contentHash).toBe(before);
    });

    it('is part of the content: another subject is another record (a conflict under the same id)', () => {
      const alice = draftOf({ ...login, subject: 'alice' }).contentHash;
      expect(alice).not.toBe(draftOf(login).contentHash);
      expect(alice).not.toBe(draftOf({ ...login, subject: 'Alice' }).contentHash);
      expect(alice).toBe(draftOf({ ...login, subject: ' alice' }).contentHash);
    });

    it('is refused on voice, and when it holds what an id may not', () => {
      expect(rejection({ ...voice, subject: 'alice' })).toBe(
        'subject is for sms, data and custom records, not voice',
      );
      expect(rejection({ ...login, subject: 'a\u0000b' })).toMatch(/^subject /);
      expect(rejection({ ...login, subject: 'x'.repeat(201) })).toMatch(/^subject /);
    });
  });
});
