import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The migration that turns stored tier starts (`from`) into upper bounds (`up_to`): prices
 * stored before it bill as they did. Migrates a fresh embedded database up to the migration
 * before the backfill, stores tiers the old way, then applies the rest.
 */
const folder = resolve(process.cwd(), 'db/migrations');
const before = mkdtempSync(join(tmpdir(), 'tiers-before-'));
afterAll(() => rmSync(before, { recursive: true, force: true }));

describe('the price_tiers up_to backfill', () => {
  it('bounds graduated tiers by the next start and volume tiers just below it, at the stored quantities’ decimals', async () => {
    cpSync(folder, before, { recursive: true });
    const journalPath = join(before, 'meta/_journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
    const cut = journal.entries.findIndex((entry) => entry.tag.endsWith('price_tiers_up_to_backfill'));
    expect(cut).toBeGreaterThan(0);
    writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, cut) }));

    const client = new PGlite();
    const db = drizzle(client);
    await migrate(db, { migrationsFolder: before });
    const [catalog] = (
      await client.query<{ id: string }>(`insert into catalogs (code, name) values ('c', 'C') returning id`)
    ).rows;
    const product = async (code: string, usageType: string) =>
      (
        await client.query<{ id: string }>(
          `insert into products (catalog_id, code, name, kind, usage_type, tax_category)
           values ($1, $2, $2, 'usage', $3, 'telecom') returning id`,
          [catalog?.id, code, usageType],
        )
      ).rows[0]?.id as string;
    const price = async (productId: string, model: string, starts: string[]) => {
      const id = (
        await client.query<{ id: string }>(
          `insert into prices (product_id, currency, model, effective_from) values ($1, 'USD', $2, '2026-01-01') returning id`,
          [productId, model],
        )
      ).rows[0]?.id as string;
      for (const [position, start] of starts.entries())
        await client.query(
          `insert into price_tiers (price_id, position, "from", unit_price) values ($1, $2, $3, '1')`,
          [id, position, start],
        );
      return id;
    };
    const sms = await product('SMS', 'sms');
    const data = await product('DATA', 'data');
    const fine = await product('FINE', 'custom');
    await client.query(
      `insert into usage_records (record_id, account_ref, usage_type, product_id, started_at, quantity, content_hash, status)
       values ('r1', 'A', 'custom', $1, now(), '1.12345678', 'h', 'rated')`,
      [fine],
    );
    const prices = {
      smsGraduated: await price(sms, 'graduated', ['0', '1000', '10000']),
      smsVolume: await price(sms, 'volume', ['0', '100', '250.5']),
      dataVolume: await price(data, 'volume', ['0', '1024', '10240']),
      fineVolume: await price(fine, 'volume', ['0', '10']),
      lateStart: await price(sms, 'graduated', ['5', '50']),
    };

    await migrate(db, { migrationsFolder: folder });
    const bounds = async (priceId: string) =>
      (
        await client.query<{ up_to: string | null }>(
          'select up_to::text from price_tiers where price_id = $1 order by position',
          [priceId],
        )
      ).rows.map((row) => row.up_to);
    expect(await bounds(prices.smsGraduated)).toEqual(['1000', '10000', null]);
    // whole messages: a total below 100 is at most 99; below 250.5 at most 250.4
    expect(await bounds(prices.smsVolume)).toEqual(['99', '250.4', null]);
    // data: at least 6 decimals
    expect(await bounds(prices.dataVolume)).toEqual(['1023.999999', '10239.999999', null]);
    // a stored quantity of 8 decimals: 8
    expect(await bounds(prices.fineVolume)).toEqual(['9.99999999', null]);
    // units below a first start above 0 stay free
    expect(await bounds(prices.lateStart)).toEqual(['5', '50', null]);
    const columns = await client.query(
      `select 1 from information_schema.columns where table_name = 'price_tiers' and column_name = 'from'`,
    );
    expect(columns.rows).toEqual([]);
    await client.close();
  });
});
