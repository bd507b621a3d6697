import { getBillRunById } from '../../db/queries/bill-runs';
import type { OperationContext } from '../../lib/context';
import { createBillRun } from '../../lib/invoicing/bill-runs';
import { processBillRun } from '../../lib/invoicing/process-bill-run';

export interface BillRunOptions {
  /** `start:end`, both YYYY-MM-DD, end exclusive. */
  period?: string | undefined;
  /** Continue this run instead of starting one. */
  resume?: string | undefined;
  chunkSize?: number | undefined;
  json: boolean;
}

/**
 * `bill-run --period 2026-10-01:2026-11-01` starts a run for every account and works it in
 * this process; `bill-run --resume <id>` finishes a run another process left (it is safe to
 * run while server workers work the same run).
 */
export async function billRunCommand(ctx: OperationContext, options: BillRunOptions): Promise<number> {
  let billRunId = options.resume;
  if (!billRunId) {
    const [periodStart = '', periodEnd = ''] = (options.period ?? '').split(':');
    const { billRun, userErrors } = await createBillRun(ctx, { periodStart, periodEnd });
    if (!billRun) {
      for (const error of userErrors) console.error(`${error.field?.join('.') ?? 'input'}: ${error.message}`);
      return 2;
    }
    billRunId = billRun.id;
  }
  if (!options.json) console.log(`bill run ${billRunId}`);
  await processBillRun(ctx.db, billRunId, {
    chunkSize: options.chunkSize,
    onChunk: (done) => {
      if (!options.json) console.log(`  ${done} more accounts done`);
    },
  });
  const run = await getBillRunById(ctx.db, billRunId);
  if (!run) {
    console.error(`No bill run ${billRunId}.`);
    return 1;
  }
  const summary = {
    billRunId: run.id,
    status: run.status,
    accountsTotal: run.accountsTotal,
    accountsDone: run.accountsDone,
    invoicesCreated: run.invoicesCreated,
  };
  console.log(
    options.json
      ? JSON.stringify(summary)
      : `${run.status}: ${run.accountsDone} of ${run.accountsTotal} accounts, ${run.invoicesCreated} draft invoices`,
  );
  return run.status === 'completed' ? 0 : 1;
}
