import type { Db } from '../../db/client';
import { getAccountsByExternalIds } from '../../db/queries/accounts';
import { lockOpenInvoices } from '../../db/queries/invoice-balances';
import { getInvoicesByNumbers } from '../../db/queries/invoices';
import {
  type AccountReference,
  findPaymentsByReference,
  getPaymentsByIds,
  insertPaymentOnce,
  lockPaymentReferences,
} from '../../db/queries/payments';
import type { AccountRow, InvoiceRow } from '../../db/schema';
import { actorLabel } from '../auth/actor';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import { Dec } from '../money/decimal';
import { formatAmount } from '../money/settled-amounts';
import { applyToOpenInvoices } from './apply-to-open-invoices';
import { parseRemittanceCsv, type RemittanceLine, type RemittanceProblem } from './remittance-csv';
import type { AllocationRecord, PaymentRecord } from './types';

export interface RemittanceImportReport {
  /** Data rows in the file. */
  rowsRead: number;
  /** Payments this import recorded. */
  recorded: number;
  /**
   * Rows skipped as recorded before this import: by an earlier import of the same row, or
   * as a payment of the account with the row's reference (trimmed, any case).
   */
  alreadyRecorded: number;
  problems: RemittanceProblem[];
}

export interface ImportRemittanceResult {
  report: RemittanceImportReport;
  /** The payments recorded, in file order. */
  payments: PaymentRecord[];
  allocations: AllocationRecord[];
  userErrors: UserError[];
}

/**
 * Records the payments of a bank or ACH remittance file (see remittance-csv.ts). The whole
 * file is checked first, against the database too; any problem means nothing is recorded
 * and the report lists every one with its line. Otherwise every payment is recorded in one
 * transaction: to the invoice its row names (up to what it owes; the rest is credit), else
 * to the account's open invoices oldest due first. Rows already recorded by an earlier
 * import are skipped, so a file imported twice records its payments once.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function importRemittanceCsv(
  { db, actor }: OperationContext,
  csvText: string,
): Promise<ImportRemittanceResult> {
  authorize(actor, 'importRemittance');
  const parsed = parseRemittanceCsv(csvText);
  return db.transaction(async (tx) => {
    const accounts = await accountsByRef(tx, parsed.lines);
    const invoices = await invoicesByNumber(tx, parsed.lines);
    const problems = [
      ...parsed.problems,
      ...parsed.lines.flatMap((line) => lineProblems(line, accounts, invoices)),
    ];
    problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    const report: RemittanceImportReport = {
      rowsRead: parsed.rowsRead,
      recorded: 0,
      alreadyRecorded: 0,
      problems,
    };
    if (problems.length > 0) {
      return {
        report,
        payments: [],
        allocations: [],
        userErrors: [
          userError(
            'INVALID',
            ['input', 'csv'],
            `The file has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was recorded.`,
          ),
        ],
      };
    }

    // References first, like recordPayment (advisory locks, then rows), so that neither
    // records a reference the other is recording.
    const references = referencesOf(parsed.lines, accounts);
    await lockPaymentReferences(tx, references);
    const referencedBefore = new Set(
      (await findPaymentsByReference(tx, references)).map((payment) =>
        referenceKey(payment.accountId, payment.askedReference),
      ),
    );
    // Every account's open invoices locked up front, in id order like every other locker,
    // so two imports touching the same accounts in different orders cannot deadlock.
    await lockOpenInvoices(tx, { accountIds: [...accounts.values()].map((account) => account.id) });
    const recordedIds: string[] = [];
    const allocations: AllocationRecord[] = [];
    for (const line of parsed.lines) {
      const account = accounts.get(line.accountRef) as AccountRow;
      if (line.reference && referencedBefore.has(referenceKey(account.id, line.reference))) {
        report.alreadyRecorded += 1;
        continue;
      }
      const amount = new Dec(line.amount);
      const payment = await insertPaymentOnce(tx, {
        accountId: account.id,
        method: line.method,
        amount: formatAmount(amount, account.currency),
        currency: account.currency,
        receivedDate: line.receivedDate,
        reference: line.reference,
        externalId: line.externalId,
        note: `Remittance import, line ${line.line}`,
        createdBy: actorLabel(actor),
      });
      if (!payment) {
        report.alreadyRecorded += 1;
        continue;
      }
      recordedIds.push(payment.id);
      const onlyInvoiceId = line.invoiceNumber ? invoices.get(line.invoiceNumber)?.id : undefined;
      allocations.push(
        ...(await applyToOpenInvoices(
          tx,
          { accountId: account.id, currency: account.currency, onlyInvoiceId },
          [{ id: payment.id, amount }],
        )),
      );
    }
    report.recorded = recordedIds.length;
    const stored = new Map((await getPaymentsByIds(tx, recordedIds)).map((payment) => [payment.id, payment]));
    const payments = recordedIds.flatMap((id) => stored.get(id) ?? []);
    return { report, payments, allocations, userErrors: [] };
  });
}

const referenceKey = (accountId: string, reference: string) => `${accountId}\u0000${reference}`;

/** The (account, reference) pairs of the file's rows that quote a reference, each once. */
function referencesOf(
  lines: readonly RemittanceLine[],
  accounts: ReadonlyMap<string, AccountRow>,
): AccountReference[] {
  const pairs = new Map<string, AccountReference>();
  for (const line of lines) {
    const account = accounts.get(line.accountRef);
    if (!line.reference || !account) continue;
    pairs.set(referenceKey(account.id, line.reference), { accountId: account.id, reference: line.reference });
  }
  return [...pairs.values()];
}

async function accountsByRef(tx: Db, lines: readonly RemittanceLine[]) {
  const refs = [...new Set(lines.map((line) => line.accountRef))];
  return new Map((await getAccountsByExternalIds(tx, refs)).map((account) => [account.externalId, account]));
}

async function invoicesByNumber(tx: Db, lines: readonly RemittanceLine[]) {
  const numbers = [...new Set(lines.flatMap((line) => line.invoiceNumber ?? []))];
  return new Map((await getInvoicesByNumbers(tx, numbers)).map((invoice) => [invoice.number ?? '', invoice]));
}

/** What the database says is wrong with a well-formed row. */
function lineProblems(
  line: RemittanceLine,
  accounts: ReadonlyMap<string, AccountRow>,
  invoices: ReadonlyMap<string, InvoiceRow>,
): RemittanceProblem[] {
  const problem = (column: string, message: string): RemittanceProblem[] => [
    { line: line.line, column, message },
  ];
  const account = accounts.get(line.accountRef);
  if (!account) return problem('account', `No account has the external id "${line.accountRef}".`);
  if (account.currency !== line.currency) {
    return problem(
      'currency',
      `Account ${account.externalId} is billed in ${account.currency}, not ${line.currency}.`,
    );
  }
  if (!line.invoiceNumber) return [];
  const invoice = invoices.get(line.invoiceNumber);
  if (!invoice) return problem('invoice', `No invoice is numbered "${line.invoiceNumber}".`);
  if (invoice.accountId !== account.id) {
    return problem('invoice', `Invoice ${line.invoiceNumber} is not on account ${account.externalId}.`);
  }
  if (invoice.status !== 'finalized')
    return problem('invoice', `Invoice ${line.invoiceNumber} is ${invoice.status}.`);
  return [];
}
