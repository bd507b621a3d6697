import { listRunAccounts, listRunLines } from '../../db/queries/parallel-runs';
import type { OperationContext } from '../../lib/context';
import { startParallelRun } from '../../lib/migration/parallel-run/run-parallel-run';
import type { RunSummary } from '../../lib/migration/parallel-run/summarize-run';

/**
 * `parallel-run --import <id>`: re-bills the import's period and reconciles it with the
 * legacy invoices; prints the summary and every account with its differing lines.
 */
export async function parallelRunCommand(
  ctx: OperationContext,
  importId: string,
  json: boolean,
): Promise<number> {
  const { parallelRun, userErrors } = await startParallelRun(ctx, { importId }, (done, total) => {
    if (!json) console.log(`  ${done} of ${total} accounts billed`);
  });
  if (!parallelRun) {
    for (const error of userErrors) console.error(`${error.field?.join('.') ?? 'input'}: ${error.message}`);
    return 2;
  }
  const summary = parallelRun.summary as RunSummary;
  const accounts = await listRunAccounts(ctx.db, parallelRun.id);
  const lines = await listRunLines(
    ctx.db,
    parallelRun.id,
    accounts.map((account) => account.legacyAccountId),
  );
  const output = {
    runId: parallelRun.id,
    summary: {
      invoicesCompared: summary.invoicesCompared,
      matching: summary.matching,
      invoiceAccuracy: summary.invoiceAccuracy,
      /** null when the accounts mix currencies: the amounts are then null and given in byCurrency */
      currency: summary.currency,
      legacyArpu: summary.legacyArpu,
      newArpu: summary.newArpu,
      arpuPreservation: summary.arpuPreservation,
      legacyInvoices: summary.legacyInvoices,
      newInvoices: summary.newInvoices,
      totalDifference: summary.totalDifference,
      leakage: summary.leakage,
      byCurrency: summary.byCurrency,
    },
    accounts: accounts.map((account) => ({
      legacyAccountId: account.legacyAccountId,
      status: account.status,
      legacyTotal: account.legacyTotal,
      newTotal: account.newTotal,
      difference: account.difference,
      suggestedCause: account.suggestedCause,
      lines: lines
        .filter((line) => line.legacyAccountId === account.legacyAccountId && line.differs)
        .map((line) => ({
          lineType: line.lineType,
          key: line.lineKey,
          legacyAmount: line.legacyAmount,
          newAmount: line.newAmount,
          difference: line.difference,
        })),
    })),
  };
  if (json) {
    console.log(JSON.stringify(output));
    return 0;
  }
  console.log(`parallel run ${parallelRun.id}`);
  console.log(
    `  compared ${summary.invoicesCompared}, matching ${summary.matching} (accuracy ${summary.invoiceAccuracy ?? 'n/a'}), ARPU ${summary.legacyArpu ?? '-'} → ${summary.newArpu ?? '-'} (preservation ${summary.arpuPreservation ?? 'n/a'})`,
  );
  for (const figures of summary.byCurrency)
    console.log(
      `  ${figures.currency}: ARPU ${figures.legacyArpu ?? '-'} → ${figures.newArpu ?? '-'}, total difference ${figures.totalDifference}, leakage ${figures.leakage}`,
    );
  for (const account of output.accounts.filter((a) => a.status !== 'match'))
    console.log(
      `  ${account.legacyAccountId} ${account.status} ${account.legacyTotal ?? '-'} → ${account.newTotal ?? '-'} (${account.difference}) ${account.suggestedCause ?? ''}`,
    );
  return 0;
}
