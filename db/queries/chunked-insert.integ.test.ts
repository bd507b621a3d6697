import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeProgram } from '../../seed/factories';
import type { Db } from '../client';
import { accounts, checklistItems } from '../schema';
import { QueryCounter } from '../testing/query-counter';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { insertChunked } from './chunked-insert';

const counter = new QueryCounter();
let database: TestDatabase | undefined;
const t = {
  get db(): Db {
    if (!database) throw new Error('no database');
    return database.db;
  },
};
beforeAll(async () => {
  database = await createTestDatabase({ logger: counter });
});
afterAll(async () => {
  await database?.destroy();
});

describe('insertChunked', () => {
  it('stores every kind of column as drizzle would: enums, dates, instants, booleans, arrays, JSON, nulls and defaults', async () => {
    const program = await makeProgram(t.db);
    const at = new Date('2026-11-30T23:59:59.123Z');
    const item = (position: number) => ({
      programId: program.id,
      area: 'contingency' as const,
      position,
      title: `Item ${position} with "quotes", commas and ünïcode`,
      dueOn: '2026-12-15',
      blocking: position % 2 === 0,
      statusAt: at,
      statusBy: null,
      evidenceLinks: ['https://example.test/a', 'b'],
      check: { kind: 'importValidated' } as never,
    });
    await insertChunked(t.db, checklistItems, [item(1), item(2)]);
    const stored = await t.db
      .select()
      .from(checklistItems)
      .where(eq(checklistItems.programId, program.id))
      .orderBy(checklistItems.position);
    const mine = stored.filter((row) => row.title.startsWith('Item '));
    expect(mine).toHaveLength(2);
    expect(mine[0]).toMatchObject({
      area: 'contingency',
      position: 1,
      title: 'Item 1 with "quotes", commas and ünïcode',
      dueOn: '2026-12-15',
      blocking: false,
      statusAt: at,
      statusBy: null,
      evidenceLinks: ['https://example.test/a', 'b'],
      check: { kind: 'importValidated' },
      // Defaults of columns the rows leave out.
      status: 'open',
      notes: '',
      checkState: 'unknown',
    });
    expect(mine[0]?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(mine[1]?.blocking).toBe(true);
  });

  it('sends thousands of rows in a few statements, text arrays included', async () => {
    const rows = Array.from({ length: 12_000 }, (_, index) => ({
      externalId: `CHUNKED-${index}`,
      name: `Chunked ${index}`,
      currency: 'USD',
      taxExemptions: index % 2 === 0 ? ['vat', 'telecom "excise"'] : [],
      openedOn: '2026-01-01',
    }));
    const statements = await counter.during(() => insertChunked(t.db, accounts, rows));
    expect(statements).toHaveLength(3); // 5,000 rows a statement
    const stored = await t.db
      .select()
      .from(accounts)
      .where(inArray(accounts.externalId, ['CHUNKED-0', 'CHUNKED-1', 'CHUNKED-11999']))
      .orderBy(accounts.externalId);
    expect(stored.map((row) => [row.externalId, row.taxExemptions, row.openedOn, row.status])).toEqual([
      ['CHUNKED-0', ['vat', 'telecom "excise"'], '2026-01-01', 'active'],
      ['CHUNKED-1', [], '2026-01-01', 'active'],
      ['CHUNKED-11999', [], '2026-01-01', 'active'],
    ]);
  });

  it('leaves rows that set different columns to drizzle, so a missing value still takes its default', async () => {
    const program = await makeProgram(t.db);
    await insertChunked(t.db, checklistItems, [
      { programId: program.id, area: 'data_validation', position: 1, title: 'Mixed A', notes: 'set' },
      { programId: program.id, area: 'data_validation', position: 2, title: 'Mixed B' },
    ]);
    const stored = await t.db.select().from(checklistItems).where(eq(checklistItems.programId, program.id));
    const byTitle = new Map(stored.map((row) => [row.title, row.notes]));
    expect(byTitle.get('Mixed A')).toBe('set');
    expect(byTitle.get('Mixed B')).toBe('');
  });
});
