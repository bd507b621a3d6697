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
import { type UserError, userError } from '../errors';
import { minorUnitExponent } from '../money/currencies';
import { Dec, isPlainDecimal, sum, ZERO } from '../money/decimal';
import { roundTo } from '../money/rounding';
import { RollbackWithUserErrors, withRollbackOnUserErrors } from '../transaction';
import { isUuid } from '../uuid';
import { failInvoice, type InvoiceResult } from './finalize-invoice';
import { loadLiveInvoiceSnapshot } from './invoice-snapshot';

export interface CreditInvoiceInput {
  invoiceId: string;
  reason: string;
  /** Amounts to credit per charge line; all that is left of every line when absent. */
  lines?: readonly { lineId: string; amount: string }[] | null | undefined;
}

type LineRow = Awaited<ReturnType<typeof listLinesOfInvoices>>[number];
type Credit = { line: LineRow; amount: Dec };

/**
 * Issues a credit note against a finalized invoice, numbered from the credit-note series and
 * final at once. A full credit returns everything not yet credited; a partial one credits
 * the chosen amounts of charge lines plus their share of each tax line. Amounts on a credit
 * note are positive: what the customer no longer owes. Like a finalized invoice, it stores
 * the bill-to and seller details it prints, as they are when it is issued.
 *
 * What all the credit notes of an invoice credit never exceeds the invoice, per line and in
 * total, tax included: a charge line can be credited up to what is left of it net of its
 * discount; tax follows what has been credited so far of its base (rounded half up on the
 * running total, so a line credited in parts carries exactly the tax it carried as a whole);
 * a note that would take the invoice past its total is refused, saying how much remains.
 * The invoice row is locked first, so credits of one invoice happen one after the other.
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
      // Held until commit: a concurrent credit of this invoice waits here, then reads the
      // credit notes this one issued (each statement of a READ COMMITTED transaction does).
      const invoice = isUuid(input.invoiceId) ? await lockInvoice(tx, input.invoiceId) : null;
      if (invoice?.kind !== 'invoice') failInvoice('NOT_FOUND', ['input', 'invoiceId'], 'No such invoice.');
      if (invoice.status !== 'finalized')
        failInvoice('INVALID_STATE', ['input', 'invoiceId'], 'Only a finalized invoice can be credited.');
      const lines = await listLinesOfInvoices(tx, [invoice.id]);
      const notes = await listCreditNotesOfInvoices(tx, [invoice.id]);
      const creditedLines = await listLinesOfInvoices(
        tx,
        notes.map((note) => note.id),
      );
      const decimals = minorUnitExponent(invoice.currency);
      // Invoice total less every live credit note: the most any further note may credit.
      const creditable = new Dec(invoice.total).minus(sum(notes.map((note) => new Dec(note.total))));
      const left = leftByLine(lines, creditedLines);
      const credits = input.lines
        ? partialCredits(lines, left, creditedLines, input.lines, decimals)
        : fullCredit(lines, left);
      const nothingLeft = () =>
        failInvoice('INVALID_STATE', ['input', 'invoiceId'], 'Nothing is left to credit on this invoice.');
      if (credits.length === 0 || (!input.lines && creditable.lte(0))) nothingLeft();

      const subtotal = sum(credits.filter(({ line }) => line.lineType !== 'tax').map(({ amount }) => amount));
      const taxTotal = sum(credits.filter(({ line }) => line.lineType === 'tax').map(({ amount }) => amount));
      const total = subtotal.plus(taxTotal);
      if (!input.lines && total.lte(0)) nothingLeft();
      if (total.gt(creditable)) {
        // Unreachable through this operation's per-line limits; guards invoices credited
        // before they were enforced, and lines that do not pair up as bill runs make them.
        const remains = creditable.lte(0)
          ? `Nothing of ${invoice.number}`
          : `${creditable.toFixed(decimals)} of ${invoice.number}`;
        failInvoice(
          input.lines ? 'INVALID' : 'INVALID_STATE',
          input.lines ? ['input', 'lines'] : ['input', 'invoiceId'],
          `${remains} remains creditable; this credit comes to ${total.toFixed(decimals)}.`,
        );
      }

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
          total: total.toFixed(decimals),
          note: input.reason.trim(),
          finalizedAt: new Date(),
          snapshot: await loadLiveInvoiceSnapshot(tx, invoice.accountId),
        })
        .returning();
      if (!note) throw new Error('insert of a credit note returned no row');
      await insertInvoiceLines(
        tx,
        credits.map(
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

const identity = (line: Pick<LineRow, 'lineType' | 'lineKey'>) => `${line.lineType}|${line.lineKey}`;

/**
 * What is left to credit of each line: its amount less what earlier credit notes took
 * (matched by type and key), never past zero: a line over-credited before the limits held
 * has nothing left rather than a left-over of the other sign.
 */
function leftByLine(lines: readonly LineRow[], credited: readonly LineRow[]): Map<string, Dec> {
  const creditedByIdentity = new Map<string, Dec>();
  for (const line of credited) {
    const key = identity(line);
    creditedByIdentity.set(key, (creditedByIdentity.get(key) ?? ZERO).plus(line.amount));
  }
  return new Map(
    lines.map((line) => {
      const amount = new Dec(line.amount);
      const left = amount.minus(creditedByIdentity.get(identity(line)) ?? ZERO);
      return [line.id, amount.isNegative() ? Dec.min(left, 0) : Dec.max(left, 0)];
    }),
  );
}

/** A charge line's discounts: bill runs give them the line's key. */
function discountsOf(line: LineRow, lines: readonly LineRow[]): LineRow[] {
  return lines.filter((other) => other.lineType === 'discount' && other.lineKey === line.lineKey);
}

/** What can still be credited of a charge line: what is left of it and of its discounts. */
function netLeftOf(line: LineRow, lines: readonly LineRow[], left: ReadonlyMap<string, Dec>): Dec {
  const net = sum([line, ...discountsOf(line, lines)].map((each) => left.get(each.id) ?? ZERO));
  return Dec.max(net, 0);
}

const isCharge = (line: LineRow) => line.lineType !== 'tax' && line.lineType !== 'discount';

/**
 * Everything left: every line's left-over, except a charge line with nothing left net of its
 * discounts (credited in parts at its net amount), which goes with its discounts.
 */
function fullCredit(lines: readonly LineRow[], left: ReadonlyMap<string, Dec>): Credit[] {
  const usedUp = new Set<string>();
  for (const line of lines.filter(isCharge)) {
    if (netLeftOf(line, lines, left).isZero()) {
      for (const each of [line, ...discountsOf(line, lines)]) usedUp.add(each.id);
    }
  }
  return lines
    .filter((line) => !usedUp.has(line.id))
    .map((line) => ({ line, amount: left.get(line.id) ?? ZERO }))
    .filter(({ amount }) => !amount.isZero());
}

function partialCredits(
  lines: readonly LineRow[],
  left: ReadonlyMap<string, Dec>,
  credited: readonly LineRow[],
  requested: NonNullable<CreditInvoiceInput['lines']>,
  decimals: number,
): Credit[] {
  const byId = new Map(lines.map((line) => [line.id, line]));
  const problems: UserError[] = [];
  const credits: Credit[] = [];
  const firstIndexOf = new Map<string, number>();
  requested.forEach((request, i) => {
    const field = ['input', 'lines', String(i), 'amount'];
    const lineField = ['input', 'lines', String(i), 'lineId'];
    const line = byId.get(request.lineId);
    if (!line || !isCharge(line)) {
      problems.push(
        userError('INVALID', lineField, 'Choose a charge line of this invoice; its tax is credited with it.'),
      );
      return;
    }
    // Each entry is checked against what is left of its line; a line named twice would be
    // credited twice over.
    const first = firstIndexOf.get(line.id);
    if (first !== undefined) {
      problems.push(
        userError(
          'INVALID',
          lineField,
          `This line is already in the request (lines[${first}]); name each line once, with the whole amount.`,
        ),
      );
      return;
    }
    firstIndexOf.set(line.id, i);
    if (!isPlainDecimal(request.amount)) {
      problems.push(userError('INVALID', field, `"${request.amount}" is not an amount.`));
      return;
    }
    const amount = new Dec(request.amount);
    const netLeft = netLeftOf(line, lines, left);
    if (netLeft.isZero()) {
      problems.push(userError('INVALID', field, 'Nothing of this line remains creditable.'));
    } else if (amount.lte(0) || amount.decimalPlaces() > decimals) {
      problems.push(
        userError(
          'INVALID',
          field,
          `Credit more than 0 and at most ${netLeft.toFixed(decimals)}, to the cent.`,
        ),
      );
    } else if (amount.gt(netLeft)) {
      problems.push(
        userError(
          'INVALID',
          field,
          `${netLeft.toFixed(decimals)} of this line remains creditable (its tax follows); ${amount.toFixed(decimals)} is more.`,
        ),
      );
    } else credits.push({ line, amount });
  });
  if (problems.length > 0) throw new RollbackWithUserErrors(problems);
  return [...credits, ...taxOf(credits, lines, left, credited, decimals)];
}

/**
 * Each tax line's share of the charges credited: its rate (tax ÷ base, as billed) times the
 * base credited so far including these charges, rounded half up, less the tax already
 * credited. Rounding the running total rather than each note keeps a line credited in
 * parts from taking a cent more than the same line credited at once, and a base credited
 * in full takes exactly the tax line's amount.
 */
function taxOf(
  charges: readonly Credit[],
  lines: readonly LineRow[],
  left: ReadonlyMap<string, Dec>,
  credited: readonly LineRow[],
  decimals: number,
): Credit[] {
  const credits: Credit[] = [];
  for (const tax of lines.filter((line) => line.lineType === 'tax')) {
    const inCategory = (line: { taxCategory: string }) => line.taxCategory === tax.taxCategory;
    const base = sum(charges.filter(({ line }) => inCategory(line)).map(({ amount }) => amount));
    const billedBase = new Dec(tax.quantity);
    if (base.isZero() || billedBase.isZero()) continue;
    const baseBefore = sum(
      credited
        .filter((line) => line.lineType !== 'tax' && inCategory(line))
        .map((line) => new Dec(line.amount)),
    );
    const taxBefore = sum(
      credited.filter((line) => identity(line) === identity(tax)).map((line) => new Dec(line.amount)),
    );
    const upToNow = roundTo(
      baseBefore.plus(base).times(tax.amount).dividedBy(billedBase),
      decimals,
      'half_up',
    );
    const share = Dec.min(Dec.max(upToNow.minus(taxBefore), 0), left.get(tax.id) ?? ZERO);
    if (!share.isZero()) credits.push({ line: tax, amount: share });
  }
  return credits;
}
