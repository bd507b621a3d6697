import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationImports } from '../db/schema';
import { createTestDatabase, type TestDatabase } from '../db/testing/test-database';
import { smallExportFiles } from '../lib/migration/testing/small-export';
import { makeUser } from '../seed/factories';
import { type GraphQLTestServer, startGraphQLTestServer } from './testing/graphql-test-server';
import { sessionCookieFor } from './testing/sign-in';

/**
 * The migration toolkit over the wire: an export sent as files (a cut-down copy of the
 * shared sample, re-checksummed), a refused tampered export, a parallel run and the review
 * of its variances.
 */
const smallExport = () => smallExportFiles();

let database: TestDatabase;
let server: GraphQLTestServer;
let cookie: string;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startGraphQLTestServer(database.db);
  const { user } = await makeUser(database.db, { role: 'billing' });
  cookie = (await sessionCookieFor(database.db, user)).cookie;
});

afterAll(async () => {
  await server?.close();
  await database?.destroy();
});

const request = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) =>
  server.request<T>(query, { cookie, variables });

const IMPORT = `mutation($input: ImportLegacyExportInput!) {
  importLegacyExport(input: $input) {
    alreadyImported
    import { id status periodStart files { file expectedRows read imported duplicates conflicts rejected } unrated
      problems(file: "accounts.csv") { line legacyId kind reason } }
    userErrors { code field message }
  }
}`;

type ImportBody = {
  importLegacyExport: {
    alreadyImported: boolean;
    import: {
      id: string;
      status: string;
      files: {
        file: string;
        expectedRows: number;
        read: number;
        imported: number;
        duplicates: number;
        conflicts: number;
        rejected: number;
      }[];
      problems: { line: number; legacyId: string | null; kind: string; reason: string }[];
    } | null;
    userErrors: { code: string; message: string }[];
  };
};

describe('the migration toolkit over GraphQL', () => {
  let importId = '';
  let runId = '';
  let someCause = '';

  it('refuses an export whose file does not match its manifest, writing nothing', async () => {
    const files = smallExport().map((file) =>
      file.name === 'balances.csv' ? { ...file, content: file.content.replace('2023.41', '2023.42') } : file,
    );
    const { body } = await request<ImportBody>(IMPORT, { input: { files } });
    expect(body.errors).toBeUndefined();
    expect(body.data?.importLegacyExport.import).toBeNull();
    expect(body.data?.importLegacyExport.userErrors[0]?.message).toMatch(/balances\.csv's sha256/);
    expect((await database.db.select({ n: count() }).from(migrationImports))[0]?.n).toBe(0);
  });

  it('imports an export sent as files, with every file accounted for', async () => {
    const { body } = await request<ImportBody>(IMPORT, { input: { files: smallExport() } });
    expect(body.errors).toBeUndefined();
    const imported = body.data?.importLegacyExport.import;
    expect(imported?.status).toBe('COMPLETED');
    expect(imported?.files).toHaveLength(11);
    for (const file of imported?.files ?? []) {
      expect(file.read, file.file).toBe(file.expectedRows);
      expect(file.imported + file.duplicates + file.conflicts + file.rejected, file.file).toBe(file.read);
    }
    expect(imported?.problems).toEqual([
      expect.objectContaining({
        line: 62,
        legacyId: null,
        kind: 'REJECTED',
        reason: 'account_id is missing',
      }),
      expect.objectContaining({
        line: 63,
        legacyId: 'LBADCUR',
        kind: 'REJECTED',
        reason: 'unknown currency XYZ',
      }),
    ]);
    importId = imported?.id ?? '';

    const again = await request<ImportBody>(IMPORT, { input: { files: smallExport() } });
    expect(again.body.data?.importLegacyExport).toMatchObject({
      alreadyImported: true,
      import: { id: importId },
    });
  });

  it('runs a parallel run and lists its variances, largest first, with both sides of each line', async () => {
    const { body } = await request<{
      startParallelRun: {
        parallelRun: {
          id: string;
          summary: {
            invoicesCompared: number;
            matching: number;
            invoiceAccuracy: string;
            currency: string | null;
            leakage: string | null;
            byCurrency: { currency: string; leakage: string }[];
          };
          accounts: {
            legacyAccountId: string;
            difference: string;
            suggestedCause: string;
            lines: { key: string; differs: boolean }[];
          }[];
        };
      };
    }>(
      `mutation($input: StartParallelRunInput!) { startParallelRun(input: $input) {
        parallelRun { id summary { invoicesCompared matching invoiceAccuracy currency leakage byCurrency { currency leakage } }
          accounts(status: VARIANCE) { legacyAccountId difference suggestedCause lines { key differs } } }
        userErrors { code } } }`,
      { input: { importId } },
    );
    expect(body.errors).toBeUndefined();
    const run = body.data?.startParallelRun.parallelRun;
    runId = run?.id ?? '';
    expect(run?.summary.invoicesCompared).toBeGreaterThan(50);
    // The sample's accounts are all in USD: the summary says so, and its figures are that currency's.
    expect(run?.summary.currency).toBe('USD');
    expect(run?.summary.leakage).toMatch(/^\d+\.\d{2}$/);
    expect(run?.summary.byCurrency).toEqual([{ currency: 'USD', leakage: run?.summary.leakage }]);
    const differences = (run?.accounts ?? []).map((account) => Math.abs(Number(account.difference)));
    expect(differences).toEqual([...differences].sort((a, b) => b - a));
    for (const account of run?.accounts ?? []) expect(account.lines.some((line) => line.differs)).toBe(true);
    expect(run?.accounts.length).toBeGreaterThan(0);
    someCause = run?.accounts[0]?.suggestedCause ?? '';
  });

  it('reviews variances in bulk by cause, and wants a comment to accept one', async () => {
    const REVIEW = `mutation($input: ReviewVariancesInput!) { reviewVariances(input: $input) {
      accounts { legacyAccountId cause resolution comment reviewedBy } userErrors { code field } } }`;
    const confirmed = await request<{
      reviewVariances: { accounts: { resolution: string; reviewedBy: string }[] };
    }>(REVIEW, { input: { runId, whereCause: someCause, resolution: 'CONFIRMED' } });
    expect(confirmed.body.errors).toBeUndefined();
    const reviewed = confirmed.body.data?.reviewVariances.accounts ?? [];
    expect(reviewed.length).toBeGreaterThan(0);
    expect(reviewed.every((account) => account.resolution === 'CONFIRMED')).toBe(true);

    const refused = await request<{ reviewVariances: { userErrors: { code: string }[] } }>(REVIEW, {
      input: { runId, whereCause: someCause, resolution: 'ACCEPTED' },
    });
    expect(refused.body.data?.reviewVariances.userErrors).toEqual([
      { code: 'REQUIRED', field: ['input', 'comment'] },
    ]);
  });

  it('shows what changed between two runs: a generous usage tolerance turns usage variances into matches', async () => {
    const { body } = await request<{
      startParallelRun: {
        parallelRun: {
          previousRun: { id: string };
          tolerances: { lineType: string; amount: string }[];
          changesSince: {
            legacyAccountId: string;
            before: { status: string } | null;
            after: { status: string } | null;
          }[];
        };
      };
    }>(
      `mutation($input: StartParallelRunInput!) { startParallelRun(input: $input) {
        parallelRun { previousRun { id } tolerances { lineType amount }
          changesSince { legacyAccountId before { status } after { status } } } } }`,
      {
        input: {
          importId,
          tolerances: [
            { lineType: 'usage', amount: '100000' },
            { lineType: 'tax', amount: '100000' },
          ],
        },
      },
    );
    expect(body.errors).toBeUndefined();
    const run = body.data?.startParallelRun.parallelRun;
    expect(run?.previousRun.id).toBe(runId);
    expect(run?.tolerances).toEqual([
      { lineType: 'usage', amount: '100000' },
      { lineType: 'tax', amount: '100000' },
    ]);
    expect(run?.changesSince.length).toBeGreaterThan(0);
    // Usage and tax differences now pass; what is left of a variance is another cause.
    expect(run?.changesSince.every((change) => change.before?.status === 'VARIANCE')).toBe(true);
    expect(run?.changesSince.some((change) => change.after?.status === 'MATCH')).toBe(true);
  });
});
