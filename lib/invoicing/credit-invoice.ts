import {
  insertInvoiceLines,
  listCreditNotesOfInvoices,
  listLinesOfInvoices,
  lockInvoice,
  type NewInvoiceLine,
  takeNextInvoiceNumber,
} from '../../db/queries/invoices';
import { invoices } from '../../db/schema';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { todayIso } from '../dates';
import type { UserError } from '../errors';
import { minorUnitExponent } from '../money/currencies';
import { Dec, isPlainDecimal, sum, ZERO } from '../money/decimal';
import { roundTo } from '../money/rounding';
import { RollbackWithUserErrors, withRollbackOnUserErrors } from '../transaction';
import { failInvoice, type InvoiceResult } from './finalize-invoice';
import { loadLiveInvoiceSnapshot } from './invoice-snapshot';

export interface CreditInvoiceInput {
  invoiceId: string;
  reason: string;
  /** Amounts to credit per charge line; all that is left of every line when absent. */
  lines?: readonly { lineId: string; amount: string }[] | null | undefined;
}

type LineRow = Awaited<ReturnType<typeof listLinesOfInvoices>>[number];

/**
 * Issues a credit note against a finalized invoice, numbered from the credit-note series and
 * final at once. A full credit returns everything not yet credited; a partial one credits
 * the chosen amounts of charge lines plus their share of each tax line (the tax line's own
 * rate, base × tax ÷ base, rounded half up), never more than is left of any line. Amounts
 * on a credit note are positive: what the customer no longer owes. Like a finalized invoice,
 * it stores the bill-to and seller details it prints, as they are when it is issued.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function creditInvoice(
  { db, actor }: OperationContext,
  input: CreditInvoiceInput,
): Promise<InvoiceResult> {
  authorize(actor, 'creditInvoice');
  if (!input.reason.trim())
    return {
      invoice: null,
      userErrors: [
        { code: 'REQUIRED', field: ['input', 'reason'], message: 'Say why the invoice is credited.' },
      ],
    };
  return withRollbackOnUserErrors<InvoiceResult>(
    db,
    async (tx) => {
      const invoice = await lockInvoice(tx, input.invoiceId);
      if (invoice?.kind !== 'invoice') failInvoice('NOT_FOUND', ['input', 'invoiceId'], 'No such invoice.');
      if (invoice.status !== 'finalized')
        failInvoice('INVALID_STATE', ['input', 'invoiceId'], 'Only a finalized invoice can be credited.');
      const lines = await listLinesOfInvoices(tx, [invoice.id]);
      const notes = await listCreditNotesOfInvoices(tx, [invoice.id]);
      const creditedLines = await listLinesOfInvoices(
        tx,
        notes.map((note) => note.id),
      );
      const remaining = remainingByLine(lines, creditedLines);
      const decimals = minorUnitExponent(invoice.currency);
      const credits = input.lines
        ? partialCredits(lines, remaining, input.lines, decimals)
        : lines.map((line) => ({ line, amount: remaining.get(line.id) ?? ZERO }));
      const nonZero = credits.filter(({ amount }) => !amount.isZero());
      if (nonZero.length === 0)
        failInvoice('INVALID_STATE', ['input', 'invoiceId'], 'Nothing is left to credit on this invoice.');

      const subtotal = sum(nonZero.filter(({ line }) => line.lineType !== 'tax').map(({ amount }) => amount));
      const taxTotal = sum(nonZero.filter(({ line }) => line.lineType === 'tax').map(({ amount }) => amount));
      const issueDate = todayIso();
      const [note] = await tx
        .insert(invoices)
        .values({
          kind: 'credit_note',
          accountId: invoice.accountId,
          creditedInvoiceId: invoice.id,
          status: 'finalized',
          number: await takeNextInvoiceNumber(tx, 'credit_note'),
          currency: invoice.currency,
          periodStart: invoice.periodStart,
          periodEnd: invoice.periodEnd,
          issueDate,
          subtotal: subtotal.toFixed(decimals),
          taxTotal: taxTotal.toFixed(decimals),
          total: subtotal.plus(taxTotal).toFixed(decimals),
          note: input.reason.trim(),
          finalizedAt: new Date(),
          snapshot: await loadLiveInvoiceSnapshot(tx, invoice.accountId),
        })
        .returning();
      if (!note) throw new Error('insert of a credit note returned no row');
      await insertInvoiceLines(
        tx,
        nonZero.map(
          ({ line, amount }, position): NewInvoiceLine => ({
            invoiceId: note.id,
            position,
            lineType: line.lineType,
            lineKey: line.lineKey,
            productCode: line.productCode,
            description: `Credit: ${line.description}`,
            quantity: line.quantity,
            amount: amount.toFixed(decimals),
            taxCategory: line.taxCategory,
          }),
        ),
      );
      return { invoice: note, userErrors: [] };
    },
    (userErrors) => ({ invoice: null, userErrors }),
  );
}

/** What is left to credit of each line: its amount less what earlier credit notes took (matched by type and key). */
function remainingByLine(lines: readonly LineRow[], credited: readonly LineRow[]): Map<string, Dec> {
  const creditedByKey = new Map<string, Dec>();
  for (const line of credited) {
    const key = `${line.lineType}|${line.lineKey}`;
    creditedByKey.set(key, (creditedByKey.get(key) ?? ZERO).plus(line.amount));
  }
  return new Map(
    lines.map((line) => [
      line.id,
      new Dec(line.amount).minus(creditedByKey.get(`${line.lineType}|${line.lineKey}`) ?? ZERO),
    ]),
  );
}

function partialCredits(
  lines: readonly LineRow[],
  remaining: Map<string, Dec>,
  requested: NonNullable<CreditInvoiceInput['lines']>,
  decimals: number,
): { line: LineRow; amount: Dec }[] {
  const byId = new Map(lines.map((line) => [line.id, line]));
  const problems: UserError[] = [];
  const credits: { line: LineRow; amount: Dec }[] = [];
  requested.forEach((request, i) => {
    const field = ['input', 'lines', String(i), 'amount'];
    const line = byId.get(request.lineId);
    if (!line || line.lineType === 'tax' || line.lineType === 'discount') {
      problems.push({
        code: 'INVALID',
        field: ['input', 'lines', String(i), 'lineId'],
        message: 'Choose a charge line of this invoice; its tax is credited with it.',
      });
      return;
    }
    if (!isPlainDecimal(request.amount)) {
      problems.push({ code: 'INVALID', field, message: `"${request.amount}" is not an amount.` });
      return;
    }
    const amount = new Dec(request.amount);
    const left = remaining.get(line.id) ?? ZERO;
    if (amount.lte(0) || amount.decimalPlaces() > decimals || amount.gt(left))
      problems.push({
        code: 'INVALID',
        field,
        message: `Credit between 0 and ${left.toFixed(decimals)}, to the cent.`,
      });
    else credits.push({ line, amount });
  });
  if (problems.length > 0) throw new RollbackWithUserErrors(problems);
  const charges = [...credits];
  for (const tax of lines.filter((line) => line.lineType === 'tax')) {
    const base = sum(
      charges.filter(({ line }) => line.taxCategory === tax.taxCategory).map(({ amount }) => amount),
    );
    if (base.isZero() || new Dec(tax.quantity).isZero()) continue;
    const share = roundTo(base.times(tax.amount).dividedBy(tax.quantity), decimals, 'half_up');
    credits.push({ line: tax, amount: Dec.min(share, remaining.get(tax.id) ?? ZERO) });
  }
  return credits;
}
