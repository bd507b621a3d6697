import { describe, expect, it } from 'vitest';
import {
  decodeCursor,
  decodeKeyCursor,
  encodeCursor,
  encodeKeyCursor,
  pageSize,
  toKeyPage,
  toPage,
} from './pagination';

describe('pagination', () => {
  it('round-trips a cursor', () => {
    const position = {
      createdAt: new Date('2026-10-05T14:03:00.123Z'),
      id: '4b1c0f1e-0000-4000-8000-000000000001',
    };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it('rejects cursors it did not make', () => {
    const id = '4b1c0f1e-0000-4000-8000-000000000001';
    const cursor = (text: string) => Buffer.from(text).toString('base64url');
    const valid = encodeCursor({ createdAt: new Date('2026-01-01T00:00:00Z'), id });
    for (const bad of [
      '',
      'abc',
      'not base64 at all!',
      `${valid}!!`,
      `${valid}=`,
      'A'.repeat(300),
      cursor('nodate|x'),
      cursor('2026-01-01T00:00:00Z|a|b'),
      cursor(`2026-01-01T00:00:00.000Z|${id}|extra`),
      cursor('2026-01-01T00:00:00.000Z'),
      // a year JS dates hold and PostgreSQL's timestamptz does not
      cursor(`+275760-09-13T00:00:00.000Z|${id}`),
      cursor(`${new Date(8.64e15).toISOString()}|${id}`),
      cursor(`-000001-01-01T00:00:00.000Z|${id}`),
      cursor(`0000-01-01T00:00:00.000Z|${id}`),
      cursor(`2026-13-01T00:00:00.000Z|${id}`),
      cursor(`2026-02-30T00:00:00.000Z|${id}`),
      cursor(`NaN|${id}`),
      cursor(`1767225600000|${id}`),
      cursor(`2026-01-01|${id}`),
      cursor('2026-01-01T00:00:00.000Z|not-a-uuid'),
      cursor("2026-01-01T00:00:00.000Z|4b1c0f1e-0000-4000-8000-00000000000'"),
      cursor('2026-01-01T00:00:00.000Z|'),
      Buffer.from([0xff, 0xfe, 0x7c]).toString('base64url'),
    ]) {
      expect(() => decodeCursor(bad), bad).toThrowError(
        expect.objectContaining({
          code: 'BAD_USER_INPUT',
          message: 'The cursor is not valid; start from the first page.',
        }),
      );
    }
  });

  it('bounds the page size', () => {
    expect(pageSize(undefined)).toBe(25);
    expect(pageSize(200)).toBe(200);
    for (const bad of [0, -1, 201, 2.5]) expect(() => pageSize(bad)).toThrow();
  });

  it('uses the extra row only to say there is more', () => {
    const rows = [1, 2, 3].map((n) => ({
      createdAt: new Date(n * 1000),
      id: `4b1c0f1e-0000-4000-8000-00000000000${n}`,
    }));
    const page = toPage(rows, 2, (row) => row);
    expect(page.edges.map((edge) => edge.node)).toEqual(rows.slice(0, 2));
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(decodeCursor(page.pageInfo.endCursor ?? '')).toEqual(rows[1]);
    expect(toPage([], 2, (row: { createdAt: Date; id: string }) => row).pageInfo).toEqual({
      hasNextPage: false,
      endCursor: null,
    });
  });

  it('round-trips single-key cursors and refuses keys the caller does not accept', () => {
    const digits = (key: string) => /^\d{1,20}$/.test(key);
    expect(decodeKeyCursor(encodeKeyCursor('4420'), digits)).toBe('4420');
    expect(decodeKeyCursor(encodeKeyCursor(12345), digits)).toBe('12345');
    for (const bad of [
      encodeKeyCursor(''),
      encodeKeyCursor('44a'),
      encodeKeyCursor('NaN'),
      'not base64 at all!',
      `${encodeKeyCursor('4420')}*`,
    ]) {
      expect(() => decodeKeyCursor(bad, digits)).toThrowError(
        expect.objectContaining({ code: 'BAD_USER_INPUT' }),
      );
    }
    const page = toKeyPage(['1', '44', '4420'], 2, (prefix) => prefix);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeKeyCursor('44') });
  });
});
