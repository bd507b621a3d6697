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
    for (const bad of [
      '',
      'abc',
      Buffer.from('nodate|x').toString('base64url'),
      Buffer.from('2026-01-01T00:00:00Z|a|b').toString('base64url'),
    ]) {
      expect(() => decodeCursor(bad)).toThrowError(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    }
  });

  it('bounds the page size', () => {
    expect(pageSize(undefined)).toBe(25);
    expect(pageSize(200)).toBe(200);
    for (const bad of [0, -1, 201, 2.5]) expect(() => pageSize(bad)).toThrow();
  });

  it('uses the extra row only to say there is more', () => {
    const rows = [1, 2, 3].map((n) => ({ createdAt: new Date(n * 1000), id: String(n) }));
    const page = toPage(rows, 2, (row) => row);
    expect(page.edges.map((edge) => edge.node.id)).toEqual(['1', '2']);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(decodeCursor(page.pageInfo.endCursor ?? '').id).toBe('2');
    expect(toPage([], 2, (row: { createdAt: Date; id: string }) => row).pageInfo).toEqual({
      hasNextPage: false,
      endCursor: null,
    });
  });

  it('round-trips single-key cursors and refuses keys the caller does not accept', () => {
    const digits = (key: string) => /^\d{1,20}$/.test(key);
    expect(decodeKeyCursor(encodeKeyCursor('4420'), digits)).toBe('4420');
    expect(decodeKeyCursor(encodeKeyCursor(12345), digits)).toBe('12345');
    for (const bad of [encodeKeyCursor(''), encodeKeyCursor('44a'), 'not base64 at all!']) {
      expect(() => decodeKeyCursor(bad, digits)).toThrowError(
        expect.objectContaining({ code: 'BAD_USER_INPUT' }),
      );
    }
    const page = toKeyPage(['1', '44', '4420'], 2, (prefix) => prefix);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeKeyCursor('44') });
  });
});
