import { randomUUID } from 'node:crypto';
import { insertChunked } from '../../../db/queries/chunked-insert';
import {
  insertCutoverEvent,
  listWaveAccounts,
  lockWave,
  setOpeningDocuments,
  setSystemOfRecord,
  updateWave,
} from '../../../db/queries/cutover';
import { insertInvoiceLines, takeInvoiceNumbers } from '../../../db/queries/invoices';
import { getOrganizationRow } from '../../../db/queries/organization';
import { type CutoverWaveRow, invoices, payments } from '../../../db/schema';
import { actorLabel } from '../../auth/actor';
import { authorize } from '../../auth/permissions';
import { dateProblem } from '../../catalog/catalog-input';
import type { OperationContext } from '../../context';
import { addDays } from '../../dates';
import { type UserError, userError } from '../../errors';
import { invoiceSnapshotOf } from '../../invoicing/invoice-snapshot';
import { minorUnitExponent } from '../../money/currencies';
import { Dec, sum } from '../../money/decimal';
import { RollbackWithUserErrors, withRollbackOnUserErrors } from '../../transaction';

type Result = { wave: CutoverWaveRow | null; userErrors: UserError[] };

/**
 * Moves a wave's accounts to Switchboard from a date, in one transaction: Switchboard becomes
 * their system of record (bill runs take them from then on) and each legacy opening balance
 * carries over — an amount owed as a numbered invoice of its own, a balance in the
 * customer's favour as account credit. A rolled-back wave can be cut over again.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function cutOverWave(
  ctx: OperationContext,
  input: { waveId: string; cutoverDate: string },
): Promise<Result> {
  authorize(ctx.actor, 'cutOverWave');
  const problem = dateProblem(input.cutoverDate, ['input', 'cutoverDate']);
  if (problem) return { wave: null, userErrors: [problem] };
  const actor = actorLabel(ctx.actor);
  return withRollbackOnUserErrors<Result>(
    ctx.db,
    async (tx) => {
      const wave = await lockWave(tx, input.waveId);
      if (!wave)
        throw new RollbackWithUserErrors([userError('NOT_FOUND', ['input', 'waveId'], 'No such wave.')]);
      if (wave.status === 'cut_over')
        throw new RollbackWithUserErrors([
          userError(
            'INVALID_STATE',
            ['input', 'waveId'],
            `${wave.name} was cut over on ${wave.cutoverDate}.`,
          ),
        ]);
      const members = await listWaveAccounts(tx, wave.id);
      const owed = members.filter(
        (m) => m.openingBalance !== null && new Dec(m.openingBalance).greaterThan(0),
      );
      const credit = members.filter(
        (m) => m.openingBalance !== null && new Dec(m.openingBalance).lessThan(0),
      );
      const numbers = await takeInvoiceNumbers(tx, 'invoice', owed.length);
      const organization = await getOrganizationRow(tx);
      const now = new Date();
      const documents = new Map<string, { invoiceId: string | null; paymentId: string | null }>();
      const invoiceRows = owed.map((member, i): typeof invoices.$inferInsert => {
        const id = randomUUID();
        documents.set(member.account.id, { invoiceId: id, paymentId: null });
        const asOf = member.openingBalanceAsOf ?? input.cutoverDate;
        const amount = new Dec(member.openingBalance as string).toFixed(
          minorUnitExponent(member.account.currency),
        );
        return {
          id,
          accountId: member.account.id,
          currency: member.account.currency,
          status: 'finalized',
          number: numbers[i] as string,
          // A document of its own, outside any billing period, so it never meets a bill run's invoice.
          periodStart: asOf,
          periodEnd: asOf,
          issueDate: input.cutoverDate,
          dueDate: addDays(input.cutoverDate, member.account.paymentTermsDays),
          subtotal: amount,
          taxTotal: new Dec(0).toFixed(minorUnitExponent(member.account.currency)),
          total: amount,
          note: `Opening balance carried over from the legacy system (as of ${asOf}).`,
          finalizedAt: now,
          snapshot: invoiceSnapshotOf(member.account, organization),
        };
      });
      await insertChunked(tx, invoices, invoiceRows);
      await insertInvoiceLines(
        tx,
        invoiceRows.map((invoice) => ({
          invoiceId: invoice.id as string,
          position: 0,
          lineType: 'one_time' as const,
          lineKey: 'opening-balance',
          productCode: null,
          description: `Opening balance from the legacy system as of ${invoice.periodStart}`,
          quantity: '1',
          amount: invoice.total,
          taxCategory: 'exempt',
        })),
      );
      const paymentRows = credit.map((member): typeof payments.$inferInsert => {
        const id = randomUUID();
        documents.set(member.account.id, { invoiceId: null, paymentId: id });
        return {
          id,
          accountId: member.account.id,
          method: 'credit',
          amount: new Dec(member.openingBalance as string)
            .negated()
            .toFixed(minorUnitExponent(member.account.currency)),
          currency: member.account.currency,
          receivedDate: input.cutoverDate,
          note: `Credit carried over from the legacy system (as of ${member.openingBalanceAsOf}).`,
          createdBy: actor,
        };
      });
      await insertChunked(tx, payments, paymentRows);
      await setOpeningDocuments(
        tx,
        wave.id,
        members.map((m) => ({
          accountId: m.account.id,
          ...(documents.get(m.account.id) ?? { invoiceId: null, paymentId: null }),
        })),
      );
      await setSystemOfRecord(
        tx,
        members.map((m) => m.account.id),
        'switchboard',
        input.cutoverDate,
      );
      const cutOver = await updateWave(tx, wave.id, {
        status: 'cut_over',
        cutoverDate: input.cutoverDate,
        cutOverAt: now,
        rollbackExport: null,
      });
      await insertCutoverEvent(tx, {
        waveId: wave.id,
        action: 'cut_over',
        detail: {
          accounts: members.length,
          cutoverDate: input.cutoverDate,
          openingInvoices: owed.length,
          openingCredits: credit.length,
          carriedOver: sum(members.map((m) => new Dec(m.openingBalance ?? 0))).toFixed(2),
        },
        actorLabel: actor,
      });
      return { wave: cutOver, userErrors: [] };
    },
    (userErrors) => ({ wave: null, userErrors }),
  );
}
