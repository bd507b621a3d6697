import { describe, expect, it } from 'vitest';
import { summarizeInput } from './summarize-input';

describe('summarizeInput', () => {
  it('redacts secrets at any depth', () => {
    expect(
      summarizeInput({
        input: { email: 'a@b.c', password: 'hunter2', nested: { apiSecret: 'x', token: null } },
      }),
    ).toEqual({
      input: { email: 'a@b.c', password: '[redacted]', nested: { apiSecret: '[redacted]', token: null } },
    });
  });

  it('summarises long lists and cuts long strings', () => {
    const records = Array.from({ length: 1000 }, (_, i) => ({ id: i }));
    expect(summarizeInput({ records })).toEqual({
      records: { count: 1000, first: [{ id: 0 }, { id: 1 }, { id: 2 }] },
    });
    expect((summarizeInput('x'.repeat(500)) as string).length).toBe(201);
  });

  it('keeps dates and numbers readable', () => {
    expect(summarizeInput({ at: new Date('2026-01-01T00:00:00Z'), n: 3, big: 10n })).toEqual({
      at: '2026-01-01T00:00:00.000Z',
      n: 3,
      big: '10',
    });
  });
});
