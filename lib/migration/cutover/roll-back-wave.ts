import {
  insertCutoverEvent,
  listAccountBalances,
  listSwitchboardActivity,
  listWaveAccounts,
  lockWave,
  setSystemOfRecord,
  updateWave,
  voidOpeningDocuments,
} from '../../../db/queries/cutover';
import { listLinesOfInvoices } from '../../../db/queries/invoices';
import { getChargesByIds, getSubscriptionsByIds } from '../../../db/queries/subscriptions';
import type { CutoverWaveRow } from '../../../db/schema';
import { actorLabel } from '../../auth/actor';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';
import { todayIso } from '../../dates';
import { type UserError, userError } from '../../errors';
import { RollbackWithUserErrors, withRollbackOnUserErrors } from '../../transaction';
import { buildRollbackExport } from './rollback-export';

type Result = { wave: CutoverWaveRow | null; clean: boolean; userErrors: UserError[] };

/**
 * Hands a cut-over wave's accounts back to the legacy system. Before Switchboard has issued
 * anything for them (an invoice finalized or a payment recorded since cutover, other than
 * the carried-over opening balances) the rollback is clean: the carried balances are voided
 * and nothing else changed. After, Switchboard's documents stand (they were issued) and the
 * rollback produces what the legacy system needs to continue: an export of every invoice,
 * credit note and payment since cutover, and each account's balance now. Every step is
 * recorded on the wave.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function rollBackWave(
  ctx: OperationContext,
  input: { waveId: string; reason: string },
): Promise<Result> {
  authorize(ctx.actor, 'rollBackWave');
  const reason = input.reason.trim();
  if (!reason)
    return {
      wave: null,
      clean: false,
      userErrors: [userError('REQUIRED', ['input', 'reason'], 'Say why the wave is rolled back.')],
    };
  const actor = actorLabel(ctx.actor);
  return withRollbackOnUserErrors<Result>(
    ctx.db,
    async (tx) => {
      const wave = await lockWave(tx, input.waveId);
      if (!wave)
        throw new RollbackWithUserErrors([userError('NOT_FOUND', ['input', 'waveId'], 'No such wave.')]);
      if (wave.status !== 'cut_over' || !wave.cutOverAt)
        throw new RollbackWithUserErrors([
          userError(
            'INVALID_STATE',
            ['input', 'waveId'],
            `${wave.name} is ${wave.status.replace('_', ' ')}, not cut over.`,
          ),
        ]);
      const members = await listWaveAccounts(tx, wave.id);
      const accountIds = members.map((m) => m.account.id);
      const opening = {
        invoiceIds: members.flatMap((m) => (m.openingInvoiceId ? [m.openingInvoiceId] : [])),
        paymentIds: members.flatMap((m) => (m.openingPaymentId ? [m.openingPaymentId] : [])),
      };
      const activity = await listSwitchboardActivity(tx, accountIds, wave.cutOverAt, opening);
      const clean = activity.invoices.length === 0 && activity.payments.length === 0;
      let rollbackExport: { files: ReturnType<typeof buildRollbackExport> } | null = null;
      if (clean) {
        await voidOpeningDocuments(tx, opening, `Cutover of ${wave.name} rolled back: ${reason}`);
      } else {
        const lines = await listLinesOfInvoices(
          tx,
          activity.invoices.map((invoice) => invoice.id),
        );
        const [subscriptions, charges, balances] = await Promise.all([
          getSubscriptionsByIds(
            tx,
            [...new Set(lines.map((line) => line.lineKey))].filter((key) => /^[0-9a-f-]{36}$/.test(key)),
          ),
          getChargesByIds(
            tx,
            [...new Set(lines.map((line) => line.lineKey))].filter((key) => /^[0-9a-f-]{36}$/.test(key)),
          ),
          listAccountBalances(tx, accountIds),
        ]);
        rollbackExport = {
          files: buildRollbackExport({
            accounts: members.map((m) => m.account),
            invoices: activity.invoices,
            lines,
            payments: activity.payments,
            subscriptions,
            charges,
            balances: balances.map((b) => ({ accountId: b.account_id, balance: b.balance })),
            asOf: todayIso(),
          }),
        };
      }
      await setSystemOfRecord(tx, accountIds, 'legacy', null);
      const rolledBack = await updateWave(tx, wave.id, {
        status: 'rolled_back',
        rolledBackAt: new Date(),
        rollbackExport,
      });
      await insertCutoverEvent(tx, {
        waveId: wave.id,
        action: 'rolled_back',
        detail: {
          reason,
          clean,
          accounts: accountIds.length,
          invoicesIssued: activity.invoices.length,
          paymentsRecorded: activity.payments.length,
          openingBalancesVoided: clean ? opening.invoiceIds.length + opening.paymentIds.length : 0,
        },
        actorLabel: actor,
      });
      return { wave: rolledBack, clean, userErrors: [] };
    },
    (userErrors) => ({ wave: null, clean: false, userErrors }),
  );
}
