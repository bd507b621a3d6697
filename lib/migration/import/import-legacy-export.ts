import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Db } from '../../../db/client';
import { getAccountsByExternalIds } from '../../../db/queries/accounts';
import {
  claimMigrationImport,
  findChargeExternalIds,
  findSubscriptionExternalIds,
  getMigrationImportByFingerprint,
  updateMigrationImport,
} from '../../../db/queries/migration-imports';
import { recordAuditEntries } from '../../audit/record-audit-entries';
import { actorLabel } from '../../auth/actor';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';
import { AppError, isAppError } from '../../errors';
import { enqueueProgramEvidenceRefresh } from '../../jobs/program-evidence-jobs';
import { ingestUsage } from '../../usage/ingest-usage';
import { readUsageCsv } from '../../usage/read-usage-csv';
import { type ExportFile, exportFiles } from '../legacy-export/manifest';
import { openExport } from '../legacy-export/open-export';
import { type CsvRow, readCsvRows, type UnreadableRow } from '../legacy-export/read-csv-rows';
import { type FileCounts, FileTally, type ImportProblem } from './file-tally';
import { planAccounts, planBalances } from './plan-accounts';
import { planCatalog } from './plan-catalog';
import { planLegacyInvoices } from './plan-invoices';
import { writeImport } from './write-import';
import { notingQuantityDecimals, writePendingTiers } from './write-tiers';

export interface LegacyImportReport {
  importId: string;
  /** True when this export had been imported before: nothing was written this time. */
  alreadyImported: boolean;
  period: { start: string; end: string };
  files: Record<ExportFile, FileCounts>;
  /** Usage records imported but not rated (no rate matched): in the unbillable queue, never dropped. */
  unrated: number;
}

/**
 * Imports a legacy billing export folder (FORMAT.md v1, or v1.1: legacy-export/FORMAT-v1.1.md)
 * after verifying its checksums. All of it is written in one transaction (usage included),
 * so a failure leaves nothing behind and the import can simply be run again; the same export imported twice is recognised by its
 * fingerprint and changes nothing, also when both imports run at the same moment: the one
 * that commits first stores it, the other answers as a re-import.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing), BAD_USER_INPUT (not an
 * export, checksum mismatch, unreadable usage header), CONFLICT (the export's import is
 * recorded without its report)
 */
export async function importLegacyExport(
  ctx: OperationContext,
  dir: string,
  options: { sourceName?: string } = {},
): Promise<LegacyImportReport> {
  authorize(ctx.actor, 'importLegacyExport');
  try {
    const report = await importVerifiedExport(ctx, dir, options.sourceName ?? dir);
    await recordAuditEntries(ctx.db, ctx.actor, [
      {
        operation: 'importLegacyExport',
        input: { source: dir, importId: report.importId, alreadyImported: report.alreadyImported },
        result: 'ok',
      },
    ]);
    return report;
  } catch (error) {
    const code = isAppError(error) ? error.code : 'INTERNAL_SERVER_ERROR';
    await recordAuditEntries(ctx.db, ctx.actor, [
      { operation: 'importLegacyExport', input: { source: dir }, result: 'error', errorCode: code },
    ]);
    throw error;
  }
}

async function importVerifiedExport(
  ctx: OperationContext,
  dir: string,
  sourceName: string,
): Promise<LegacyImportReport> {
  const opened = await openExport(dir);
  const { manifest } = opened;
  const earlier = await getMigrationImportByFingerprint(ctx.db, opened.fingerprint);
  if (earlier?.report) return { ...(earlier.report as LegacyImportReport), alreadyImported: true };

  const rows = new Map<ExportFile, (CsvRow | UnreadableRow)[]>();
  for (const file of exportFiles)
    if (file !== 'usage.csv') rows.set(file, await readCsvRows(opened.path(file)));
  const problems: ImportProblem[] = [];
  const tally = Object.fromEntries(
    exportFiles.map((file) => [file, new FileTally(file, problems)]),
  ) as Record<ExportFile, FileTally>;
  const of = (file: ExportFile) => rows.get(file) ?? [];

  const catalog = planCatalog(
    {
      products: of('products.csv'),
      tiers: of('price_tiers.csv'),
      decks: of('rate_decks.csv'),
      taxRates: of('tax_rates.csv'),
    },
    {
      products: tally['products.csv'],
      tiers: tally['price_tiers.csv'],
      decks: tally['rate_decks.csv'],
      taxRates: tally['tax_rates.csv'],
    },
    manifest.version,
  );
  const idsIn = (file: ExportFile, column: string) =>
    of(file).flatMap((row) => ('cells' in row && row.cells[column] ? [row.cells[column] as string] : []));
  const [existingAccounts, existingSubscriptions, existingCharges] = await Promise.all([
    getAccountsByExternalIds(ctx.db, idsIn('accounts.csv', 'account_id')),
    findSubscriptionExternalIds(ctx.db, idsIn('subscriptions.csv', 'subscription_id')),
    findChargeExternalIds(ctx.db, idsIn('one_time_charges.csv', 'charge_id')),
  ]);
  const accounts = planAccounts(
    {
      accounts: of('accounts.csv'),
      subscriptions: of('subscriptions.csv'),
      charges: of('one_time_charges.csv'),
    },
    {
      accounts: tally['accounts.csv'],
      subscriptions: tally['subscriptions.csv'],
      charges: tally['one_time_charges.csv'],
    },
    catalog,
    {
      accounts: new Set(existingAccounts.map((account) => account.externalId)),
      subscriptions: existingSubscriptions,
      charges: existingCharges,
    },
    manifest.version,
  );
  const balances = planBalances(of('balances.csv'), tally['balances.csv'], accounts.accounts);
  const invoices = planLegacyInvoices(
    { invoices: of('invoices.csv'), lines: of('invoice_lines.csv') },
    { invoices: tally['invoices.csv'], lines: tally['invoice_lines.csv'] },
    accounts.accounts,
    manifest.version,
  );

  tally['products.csv'].imported(catalog.products.size);
  tally['price_tiers.csv'].imported([...catalog.products.values()].reduce((n, p) => n + p.tiers.length, 0));
  tally['rate_decks.csv'].imported([...catalog.ratePlans.values()].reduce((n, e) => n + e.length, 0));
  tally['tax_rates.csv'].imported(catalog.taxRates.length);
  tally['accounts.csv'].imported(accounts.accounts.size);
  tally['subscriptions.csv'].imported(accounts.subscriptions.length);
  tally['one_time_charges.csv'].imported(accounts.charges.length);
  tally['balances.csv'].imported(balances.length);
  tally['invoices.csv'].imported(invoices.length);
  tally['invoice_lines.csv'].imported(invoices.reduce((n, invoice) => n + invoice.lines.length, 0));

  const importId = randomUUID();
  const report = await ctx.db.transaction(async (tx) => {
    // First, so that a concurrent import of this export waits here for ours (or ours for
    // it) instead of failing on the fingerprint's unique index after writing everything.
    const claimed = await claimMigrationImport(tx, {
      id: importId,
      fingerprint: opened.fingerprint,
      sourceName,
      sourceSystem: manifest.sourceSystem,
      manifest: opened.manifestJson,
      periodStart: manifest.period.start,
      periodEnd: manifest.period.end,
      createdBy: actorLabel(ctx.actor),
    });
    if (!claimed) return null; // the other import committed it: nothing written here
    const { catalogId, pendingTiers } = await writeImport(tx, {
      importId,
      fingerprint: opened.fingerprint,
      manifest,
      sourceSystem: manifest.sourceSystem,
      catalog,
      accounts,
      balances,
      invoices,
      problems,
      tallies: tally,
    });
    // Usage last: its records are rated on arrival against the accounts and decks just written.
    const quantityDecimals = new Map<string, number>();
    const usage = await ingestUsage(
      { db: tx, actor: ctx.actor },
      notingQuantityDecimals(readUsageCsv(createReadStream(opened.path('usage.csv'))), quantityDecimals),
      {
        source: 'migration',
        fileName: 'usage.csv',
        unknownAccount: 'reject',
        accountRefs: accounts.accounts.keys(),
      },
    );
    await writePendingTiers(tx, pendingTiers, quantityDecimals);
    const files = Object.fromEntries(exportFiles.map((file) => [file, tally[file].counts])) as Record<
      ExportFile,
      FileCounts
    >;
    files['usage.csv'] = {
      read: usage.read,
      imported: usage.imported,
      duplicates: usage.duplicates,
      conflicts: usage.conflicts,
      rejected: usage.rejected,
    };
    const report: LegacyImportReport = {
      importId,
      alreadyImported: false,
      period: manifest.period,
      files,
      unrated: usage.unrated,
    };
    for (const [file, counts] of Object.entries(files)) {
      if (counts.read !== counts.imported + counts.duplicates + counts.conflicts + counts.rejected)
        throw new AppError(
          'INTERNAL_SERVER_ERROR',
          `The import's counts of ${file} do not add up; nothing was imported.`,
        );
    }
    await updateMigrationImport(tx, importId, {
      status: 'completed',
      report,
      catalogId,
      usageIngestionId: usage.ingestionId,
      finishedAt: new Date(),
    });
    await enqueueProgramEvidenceRefresh(tx); // the import and parallel-run checks read the newest import
    return report;
  });
  return report ?? reportOfEarlierImport(ctx.db, opened.fingerprint);
}

/** What importing an export that an import committed meanwhile answers: as a re-import does. */
async function reportOfEarlierImport(db: Db, fingerprint: string): Promise<LegacyImportReport> {
  const earlier = await getMigrationImportByFingerprint(db, fingerprint);
  if (!earlier?.report)
    throw new AppError(
      'CONFLICT',
      'This export is recorded as imported but its import has no report; nothing was imported.',
    );
  return { ...(earlier.report as LegacyImportReport), alreadyImported: true };
}

/** One file's counts as GraphQL shows them. */
export interface ImportFileReportModel extends FileCounts {
  file: string;
  expectedRows: number | null;
}
