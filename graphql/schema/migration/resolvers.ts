import { createCutoverWave } from '../../../lib/migration/cutover/create-wave';
import { cutOverWave } from '../../../lib/migration/cutover/cut-over-wave';
import { rollBackWave } from '../../../lib/migration/cutover/roll-back-wave';
import {
  countAccountsOfWaves,
  getCutoverWave,
  listAccountsOfWave,
  listCutoverWaves,
  listWaveEvents,
} from '../../../lib/migration/cutover/wave-queries';
import type { LegacyImportReport } from '../../../lib/migration/import/import-legacy-export';
import { importUploadedExport } from '../../../lib/migration/import/import-uploaded-export';
import { legacyLineTypes } from '../../../lib/migration/import/plan-invoices';
import { reconciledLinesKey } from '../../../lib/migration/load-migration-batches';
import {
  getMigrationImport,
  getParallelRun,
  getPreviousRun,
  getReconciledAccount,
  listImportProblems,
  listMigrationImports,
  listParallelRuns,
  listReconciledAccounts,
  listRunChanges,
} from '../../../lib/migration/migration-queries';
import { reviewVariances } from '../../../lib/migration/parallel-run/review-variances';
import { startParallelRun } from '../../../lib/migration/parallel-run/run-parallel-run';
import { validateImport } from '../../../lib/migration/validate-import';
import { getIngestion } from '../../../lib/usage/usage-queries';
import type { Resolvers } from '../../__generated__/resolvers-types';

export const migrationResolvers: Resolvers = {
  MigrationImportStatus: { RUNNING: 'running', COMPLETED: 'completed', FAILED: 'failed' },
  ParallelRunStatus: { RUNNING: 'running', COMPLETED: 'completed', FAILED: 'failed' },
  ReconciliationStatus: {
    MATCH: 'match',
    VARIANCE: 'variance',
    MISSING_IN_LEGACY: 'missing_in_legacy',
    MISSING_IN_NEW: 'missing_in_new',
  },
  SystemOfRecord: { LEGACY: 'legacy', SWITCHBOARD: 'switchboard' },
  CutoverWaveStatus: { PLANNED: 'planned', CUT_OVER: 'cut_over', ROLLED_BACK: 'rolled_back' },
  VarianceResolution: { OPEN: 'open', CONFIRMED: 'confirmed', ACCEPTED: 'accepted', DEFECT: 'defect' },
  Query: {
    migrationImports: (_parent, args, context) => listMigrationImports(context, args.first),
    migrationImport: (_parent, args, context) => getMigrationImport(context, args.id),
    parallelRuns: (_parent, args, context) => listParallelRuns(context, args),
    parallelRun: (_parent, args, context) => getParallelRun(context, args.id),
    cutoverWaves: (_parent, args, context) => listCutoverWaves(context, args.importId),
    cutoverWave: (_parent, args, context) => getCutoverWave(context, args.id),
  },
  Mutation: {
    importLegacyExport: async (_parent, { input }, context) => {
      const { report, userErrors } = await importUploadedExport(context, input.files);
      const imported = report ? await getMigrationImport(context, report.importId) : null;
      return { import: imported, alreadyImported: report?.alreadyImported ?? false, userErrors };
    },
    startParallelRun: (_parent, { input }, context) => startParallelRun(context, input),
    reviewVariances: (_parent, { input }, context) => reviewVariances(context, input),
    createCutoverWave: (_parent, { input }, context) => createCutoverWave(context, input),
    cutOverWave: (_parent, { input }, context) => cutOverWave(context, input),
    rollBackWave: (_parent, { input }, context) => rollBackWave(context, input),
  },
  MigrationImport: {
    files: (row) => {
      const report = row.report as LegacyImportReport | null;
      const manifest = row.manifest as { files?: Record<string, { rows?: number }> };
      return Object.entries(report?.files ?? {}).map(([file, counts]) => ({
        file,
        expectedRows: manifest.files?.[file]?.rows ?? null,
        ...counts,
      }));
    },
    unrated: (row) => (row.report as LegacyImportReport | null)?.unrated ?? 0,
    problems: (row, args, context) => listImportProblems(context, row.id, args.file),
    usageIngestion: (row, _args, context) =>
      row.usageIngestionId ? getIngestion(context, row.usageIngestionId) : null,
    parallelRuns: (row, _args, context) => listParallelRuns(context, { importId: row.id }),
    validation: (row, _args, context) => validateImport(context, row.id),
    waves: (row, _args, context) => listCutoverWaves(context, row.id),
  },
  CutoverWave: {
    accountCount: async (wave, _args, context) =>
      (await countAccountsOfWaves(context, [wave.id]))[0]?.count ?? 0,
    accounts: (wave, _args, context) => listAccountsOfWave(context, wave.id),
    events: (wave, _args, context) => listWaveEvents(context, wave.id),
    rollbackExport: (wave) =>
      (wave.rollbackExport as { files: { name: string; content: string }[] } | null)?.files ?? null,
  },
  WaveAccount: {
    openingInvoice: (row, _args, { loaders }) =>
      row.openingInvoiceId ? loaders.invoiceById.load(row.openingInvoiceId) : null,
  },
  CutoverEvent: {
    detail: (event) => JSON.stringify(event.detail),
    actor: (event) => event.actorLabel,
  },
  ParallelRun: {
    import: async (run, _args, context) => {
      const imported = await getMigrationImport(context, run.importId);
      if (!imported) throw new Error(`import ${run.importId} not found`);
      return imported;
    },
    tolerances: (run) =>
      // In line-type order (jsonb keeps its own key order).
      legacyLineTypes.flatMap((lineType) => {
        const amount = (run.tolerances as Record<string, string>)[lineType];
        return amount === undefined ? [] : [{ lineType, amount }];
      }),
    summary: (run) => (run.summary as never) ?? null,
    accounts: (run, args, context) => listReconciledAccounts(context, run.id, args),
    account: (run, args, context) => getReconciledAccount(context, run.id, args.legacyAccountId),
    changesSince: (run, args, context) => listRunChanges(context, run, args.runId),
    previousRun: (run, _args, context) => getPreviousRun(context, run),
  },
  ReconciledAccount: {
    account: (row, _args, { loaders }) => (row.accountId ? loaders.accountById.load(row.accountId) : null),
    lines: (row, _args, { loaders }) =>
      loaders.reconciledLinesByKey.load(reconciledLinesKey(row.runId, row.legacyAccountId)),
  },
  ReconciledLine: {
    key: (line) => line.lineKey,
  },
};
