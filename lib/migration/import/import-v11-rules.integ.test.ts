import { createHash } from 'node:crypto';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  catalogs,
  migrationImportProblems,
  migrationImports,
  prices,
  products,
  subscriptions,
} from '../../../db/schema';
import { setUpTestDatabase } from '../../../seed/set-up-test-database';
import { generateLegacyExport } from '../export-generator/generate-legacy-export';
import { exportFiles } from '../legacy-export/manifest';
import { importLegacyExport, type LegacyImportReport } from './import-legacy-export';

/**
 * What v1.1 adds to the import (FORMAT-v1.1.md): the manifest's settings onto the catalog,
 * each product's timing onto its price, replacements onto subscriptions; and its new ways for
 * a row to break, each rejected with a reason and counted.
 */
const root = mkdtempSync(join(tmpdir(), 'switchboard-v11-rules-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const dir = join(root, 'export');
const database = setUpTestDatabase();
let report: LegacyImportReport;
let generatedRows: Record<string, { rows: number }>;

beforeAll(async () => {
  const generated = await generateLegacyExport(dir, {
    accounts: 12,
    seed: 2,
    usagePerAccount: 5,
    faultRate: 0,
    advanceShare: 0.5,
    creditUnusedOnCancel: false,
  });
  generatedRows = generated.files;
  const firstInvoice = readFileSync(join(dir, 'invoices.csv'), 'utf8').split('\n')[1]?.split(',')[0];
  appendFileSync(
    join(dir, 'products.csv'),
    [
      'BAD-TIMING,Timed usage,usage,sms,,telecom,0,graduated,advance',
      'BAD-WORD,Yearly seat,recurring,,9.00,telecom,0,flat,yearly',
      '',
    ].join('\n'),
  );
  appendFileSync(
    join(dir, 'subscriptions.csv'),
    [
      'SX1,L000001,DID,1,,0,2026-10-05,,S999999-1',
      'SX2,L000001,DID,1,,0,2026-10-05,,S000002-1',
      'SX3,L000001,DID,1,,0,2026-10-05,,SX3',
      '',
    ].join('\n'),
  );
  appendFileSync(
    join(dir, 'invoice_lines.csv'),
    [
      `${firstInvoice},901,recurring,DID,S000001-2,,,,,DID phone number,1,1.25,1.25,,`,
      `${firstInvoice},902,recurring,DID,S000001-2,,,,,DID phone number,1,1.25,1.25,2026-11-01,2026-11-01`,
      '',
    ].join('\n'),
  );
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  for (const file of exportFiles) {
    const content = readFileSync(join(dir, file));
    manifest.files[file] = {
      rows:
        content
          .toString('utf8')
          .split('\n')
          .filter((line) => line.trim() !== '').length - 1,
      sha256: createHash('sha256').update(content).digest('hex'),
    };
  }
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  report = await importLegacyExport(database.ctx(), dir);
}, 120_000);

describe('importing a v1.1 export', () => {
  it('rejects what breaks v1.1 with a reason, and every row is still accounted for', async () => {
    expect(report.files['products.csv'].rejected).toBe(2);
    // The generator's three malformed rows (as in v1), then our three.
    expect(report.files['subscriptions.csv'].rejected).toBe(6);
    expect(report.files['products.csv'].read).toBe((generatedRows['products.csv']?.rows ?? 0) + 2);
    expect(report.files['invoice_lines.csv'].rejected).toBe(2);
    for (const counts of Object.values(report.files))
      expect(counts.imported + counts.duplicates + counts.conflicts + counts.rejected).toBe(counts.read);
    const problems = await database.db
      .select()
      .from(migrationImportProblems)
      .where(eq(migrationImportProblems.importId, report.importId));
    const reasons = problems.map((problem) => `${problem.legacyId ?? ''}: ${problem.reason}`);
    expect(reasons).toEqual(
      expect.arrayContaining([
        'BAD-TIMING: billing_timing is set on a usage product',
        'BAD-WORD: billing_timing "yearly" is not one of advance, arrears',
        'SX1: unknown subscription S999999-1 it replaces',
        'SX2: it replaces S000002-1, a subscription of another account',
        'SX3: the subscription replaces itself',
        expect.stringMatching(/needs what identifies it \(subscription_id and service_start\)$/),
        expect.stringMatching(/service_end 2026-11-01 is not after service_start 2026-11-01$/),
      ]),
    );
  });

  it("puts the manifest's settings on the catalog, the timing on prices, replacements on subscriptions", async () => {
    const [imported] = await database.db
      .select()
      .from(migrationImports)
      .where(eq(migrationImports.id, report.importId));
    const [catalog] = await database.db
      .select()
      .from(catalogs)
      .where(eq(catalogs.id, imported?.catalogId ?? ''));
    expect(catalog).toMatchObject({
      creditUnusedOnCancel: false,
      billPartialWithNextPeriod: true,
      defaultBillingTiming: 'in_arrears',
    });
    const timed = await database.db
      .select({ code: products.code, timing: prices.billingTiming })
      .from(prices)
      .innerJoin(products, eq(products.id, prices.productId))
      .where(eq(products.catalogId, catalog?.id ?? ''));
    const advance = readFileSync(join(dir, 'products.csv'), 'utf8')
      .split('\n')
      .filter((line) => line.endsWith(',advance') && !line.startsWith('BAD'))
      .map((line) => line.split(',')[0]);
    expect(advance.length).toBe(3);
    expect(
      timed
        .filter((row) => row.timing === 'in_advance')
        .map((row) => row.code)
        .sort(),
    ).toEqual([...advance].sort());
    const replacing = await database.db
      .select()
      .from(subscriptions)
      .where(isNotNull(subscriptions.replacesId));
    const expectedReplacements = readFileSync(join(dir, 'subscriptions.csv'), 'utf8')
      .split('\n')
      .filter((line) => !line.startsWith('SX') && /,S\d{6}-\d+$/.test(line));
    expect(expectedReplacements.length).toBeGreaterThan(0);
    expect(replacing.length).toBe(expectedReplacements.length);
  });
});
