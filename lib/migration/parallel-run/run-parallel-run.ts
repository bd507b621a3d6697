import { insertChunked } from '../../../db/queries/chunked-insert';
import {
  getMigrationImportById,
  listAccountIdsOfImport,
  listLegacyInvoicesOfImport,
  listLegacyLinesOfImport,
} from '../../../db/queries/migration-imports';
import {
  insertParallelRun,
  type NewParallelRunAccount,
  type NewParallelRunLine,
  updateParallelRun,
} from '../../../db/queries/parallel-runs';
import { type ParallelRunRow, parallelRunAccounts, parallelRunLines } from '../../../db/schema';
import { actorLabel } from '../../auth/actor';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';
import { type UserError, userError } from '../../errors';
import { enqueueProgramEvidenceRefresh } from '../../jobs/program-evidence-jobs';
import { minorUnitExponent } from '../../money/currencies';
import { Dec, isPlainDecimal } from '../../money/decimal';
import { legacyLineTypes } from '../import/plan-invoices';
import { compareInvoices, type SideInvoice, type Tolerances, toDec } from './compare-invoices';
import { priceAccounts } from './price-accounts';
import { accountCurrency, type SummarizedAccount, summarizeRun } from './summarize-run';

/** The format version of an import's manifest.json as stored (parseManifest accepted it). */
function exportVersionOf(manifest: unknown): '1' | '1.1' {
  const version = (manifest as { version?: unknown } | null)?.version;
  return version === 1.1 || version === '1.1' ? '1.1' : '1';
}

export interface StartParallelRunInput {
  importId: string;
  /** Largest difference per line type still counted as a match; default: exact to the cent. */
  tolerances?: { lineType: string; amount: string }[] | null;
}

/**
 * Re-bills an import's legacy period in Switchboard and reconciles it with the legacy
 * invoices, account by account and line by line. The new invoices are computed by the
 * bill-run engine but never stored as invoices (no number is taken, nothing blocks the
 * period's real billing); the comparison, every line of both sides, and a summary are kept
 * as the run's record. Completing it queues a recompute of the programs' evidence.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function startParallelRun(
  ctx: OperationContext,
  input: StartParallelRunInput,
  onProgress?: (accountsDone: number, accountsTotal: number) => void,
): Promise<{ parallelRun: ParallelRunRow | null; userErrors: UserError[] }> {
  authorize(ctx.actor, 'startParallelRun');
  const { db } = ctx;
  const imported = await getMigrationImportById(db, input.importId).catch(() => null);
  if (imported?.status !== 'completed')
    return {
      parallelRun: null,
      userErrors: [userError('NOT_FOUND', ['input', 'importId'], 'No completed import has this id.')],
    };
  const tolerances: Tolerances = {};
  for (const [i, tolerance] of (input.tolerances ?? []).entries()) {
    if (
      !(legacyLineTypes as readonly string[]).includes(tolerance.lineType) ||
      !isPlainDecimal(tolerance.amount) ||
      tolerance.amount.trim().startsWith('-')
    )
      return {
        parallelRun: null,
        userErrors: [
          userError(
            'INVALID',
            ['input', 'tolerances', String(i)],
            `A tolerance is a line type (${legacyLineTypes.join(', ')}) and an amount of 0 or more.`,
          ),
        ],
      };
    tolerances[tolerance.lineType] = new Dec(tolerance.amount);
  }

  const period = { start: imported.periodStart, end: imported.periodEnd };
  const run = await insertParallelRun(db, {
    importId: imported.id,
    periodStart: period.start,
    periodEnd: period.end,
    tolerances: Object.fromEntries(
      Object.entries(tolerances).map(([type, amount]) => [type, amount?.toFixed()]),
    ),
    createdBy: actorLabel(ctx.actor),
  });
  try {
    const [accountIds, legacyInvoices, legacyLines] = await Promise.all([
      listAccountIdsOfImport(db, imported.id),
      listLegacyInvoicesOfImport(db, imported.id),
      listLegacyLinesOfImport(db, imported.id),
    ]);
    const priced = await priceAccounts(
      db,
      accountIds,
      period,
      undefined,
      (done) => onProgress?.(done, accountIds.length),
      { keyByServiceStart: exportVersionOf(imported.manifest) !== '1' },
    );

    const legacyByAccount = new Map<string, { id: string; currency: string; invoice: SideInvoice }>();
    for (const invoice of legacyInvoices) {
      if (legacyByAccount.has(invoice.accountRef)) continue;
      legacyByAccount.set(invoice.accountRef, {
        id: invoice.id,
        currency: invoice.currency,
        invoice: {
          subtotal: new Dec(invoice.subtotal),
          taxTotal: new Dec(invoice.taxTotal),
          total: new Dec(invoice.total),
          lines: [],
        },
      });
    }
    for (const { line, accountRef } of legacyLines) {
      const legacy = legacyByAccount.get(accountRef);
      if (!legacy || legacy.id !== line.legacyInvoiceId) continue;
      legacy.invoice.lines.push({
        lineType: line.lineType,
        lineKey: line.lineKey,
        productCode: line.productCode,
        description: line.description,
        quantity: toDec(line.quantity),
        unitPrice: toDec(line.unitPrice),
        amount: new Dec(line.amount),
      });
    }

    const accountRows: NewParallelRunAccount[] = [];
    const summarized: SummarizedAccount[] = [];
    const lineRows: NewParallelRunLine[] = [];
    const pricedByRef = new Map(priced.map((p) => [p.account.externalId, p]));
    const refs = [...new Set([...pricedByRef.keys(), ...legacyByAccount.keys()])].sort();
    for (const ref of refs) {
      const fresh = pricedByRef.get(ref);
      const legacy = legacyByAccount.get(ref);
      if (!legacy && !fresh?.invoice && (fresh?.problems.length ?? 0) === 0) continue; // billed on neither side
      const comparison = compareInvoices(legacy?.invoice ?? null, fresh?.invoice ?? null, tolerances);
      const problems = fresh?.problems ?? [];
      const currency = accountCurrency(fresh?.account.currency, legacy?.currency);
      const decimals = minorUnitExponent(currency);
      const money = (value: Dec | null | undefined) => value?.toFixed(decimals) ?? null;
      const suggestedCause = problems.length > 0 && !fresh?.invoice ? 'OTHER' : comparison.suggestedCause;
      accountRows.push({
        runId: run.id,
        legacyAccountId: ref,
        accountId: fresh?.account.id ?? null,
        accountName: fresh?.account.name ?? null,
        status: comparison.status,
        legacyInvoiceId: legacy?.id ?? null,
        legacySubtotal: money(legacy?.invoice.subtotal),
        legacyTaxTotal: money(legacy?.invoice.taxTotal),
        legacyTotal: money(legacy?.invoice.total),
        newSubtotal: money(fresh?.invoice?.subtotal),
        newTaxTotal: money(fresh?.invoice?.taxTotal),
        newTotal: money(fresh?.invoice?.total),
        difference: money(comparison.difference) as string,
        suggestedCause,
        cause: suggestedCause,
        comment: problems.length > 0 ? `Switchboard could not bill it: ${problems.join('; ')}` : null,
      });
      summarized.push({
        currency,
        status: comparison.status,
        legacySubtotal: toDec(money(legacy?.invoice.subtotal)),
        newSubtotal: toDec(money(fresh?.invoice?.subtotal)),
        difference: new Dec(money(comparison.difference) as string),
        suggestedCause,
      });
      lineRows.push(
        ...comparison.lines.map((line, position) => ({
          runId: run.id,
          legacyAccountId: ref,
          position,
          lineType: line.lineType,
          lineKey: line.lineKey,
          productCode: line.productCode,
          description: line.description,
          legacyQuantity: line.legacy?.quantity?.toFixed() ?? null,
          newQuantity: line.new?.quantity?.toFixed() ?? null,
          legacyUnitPrice: line.legacy?.unitPrice?.toFixed() ?? null,
          newUnitPrice: line.new?.unitPrice?.toFixed() ?? null,
          legacyAmount: money(line.legacy?.amount),
          newAmount: money(line.new?.amount),
          difference: money(line.difference) as string,
          differs: line.differs,
        })),
      );
    }
    // From the settled amounts as stored, so the summary is what the stored accounts add up to.
    const summary = summarizeRun(summarized);
    const finished = await db.transaction(async (tx) => {
      await insertChunked(tx, parallelRunAccounts, accountRows);
      await insertChunked(tx, parallelRunLines, lineRows);
      const completed = await updateParallelRun(tx, run.id, {
        status: 'completed',
        summary,
        finishedAt: new Date(),
      });
      await enqueueProgramEvidenceRefresh(tx);
      return completed;
    });
    return { parallelRun: finished, userErrors: [] };
  } catch (error) {
    await updateParallelRun(db, run.id, {
      status: 'failed',
      error: (error as Error).message?.slice(0, 1000) ?? String(error),
      finishedAt: new Date(),
    });
    throw error;
  }
}
