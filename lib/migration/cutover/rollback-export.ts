import type {
  AccountRow,
  InvoiceLineRow,
  InvoiceRow,
  OneTimeChargeRow,
  PaymentRow,
  SubscriptionRow,
} from '../../../db/schema';
import { type CsvCell, type CsvColumn, writeCsv } from '../../csv/write-csv';
import { exportColumns } from '../legacy-export/export-columns';

export interface ExportedFile {
  name: string;
  content: string;
}

export interface RollbackExportInput {
  accounts: AccountRow[];
  invoices: InvoiceRow[];
  lines: InvoiceLineRow[];
  payments: PaymentRow[];
  subscriptions: SubscriptionRow[];
  charges: OneTimeChargeRow[];
  balances: { accountId: string; balance: string }[];
  asOf: string;
}

/** Columns that hold amounts, quantities and line numbers; every other column is text. */
const NUMBER_COLUMNS = new Set([
  'subtotal',
  'tax_total',
  'total',
  'line_no',
  'quantity',
  'unit_price',
  'amount',
  'open_balance',
]);

/**
 * Through writeCsv: payment references, descriptions and ids written by people are text,
 * and one that would run as a spreadsheet formula is neutralised.
 */
const csv = (headers: readonly string[], rows: CsvCell[][]) =>
  writeCsv(
    headers.map((header): CsvColumn => ({ header, kind: NUMBER_COLUMNS.has(header) ? 'number' : 'text' })),
    rows,
  );

/**
 * What the legacy system needs to carry on after a rollback, in the export format's own
 * shape (FORMAT.md's invoices, invoice_lines and balances columns, plus payments): every
 * document Switchboard issued for the wave's accounts since cutover, the payments it
 * recorded, and where each account's balance stands now. Lines name the legacy ids of the
 * subscriptions and charges they bill.
 */
export function buildRollbackExport(input: RollbackExportInput): ExportedFile[] {
  const legacyId = new Map(input.accounts.map((a) => [a.id, a.externalId]));
  const subscriptionRef = new Map(input.subscriptions.map((s) => [s.id, s.externalId ?? s.id]));
  const chargeRef = new Map(input.charges.map((c) => [c.id, c.externalId ?? c.id]));
  const numberOf = new Map(input.invoices.map((i) => [i.id, i.number ?? i.id]));

  const invoicesCsv = csv(
    [...exportColumns['invoices.csv'], 'kind', 'status', 'credits_invoice_id'],
    input.invoices.map((i) => [
      i.number ?? i.id,
      legacyId.get(i.accountId) ?? i.accountId,
      i.periodStart,
      i.periodEnd,
      i.issueDate,
      i.dueDate,
      i.currency,
      i.subtotal,
      i.taxTotal,
      i.total,
      i.kind,
      i.status,
      i.creditedInvoiceId ? (numberOf.get(i.creditedInvoiceId) ?? i.creditedInvoiceId) : null,
    ]),
  );
  const linesCsv = csv(
    [...exportColumns['invoice_lines.csv']],
    input.lines.map((line) => {
      const [taxCode, taxCategory] = line.lineType === 'tax' ? line.lineKey.split('/') : [null, null];
      const quantity = line.quantity;
      return [
        numberOf.get(line.invoiceId) ?? line.invoiceId,
        line.position + 1,
        line.lineType,
        line.productCode,
        line.lineType === 'recurring' || line.lineType === 'discount'
          ? (subscriptionRef.get(line.lineKey) ?? line.lineKey)
          : null,
        line.lineType === 'one_time' ? (chargeRef.get(line.lineKey) ?? line.lineKey) : null,
        line.lineType === 'usage' && line.productCode !== line.lineKey ? line.lineKey : null,
        taxCode ?? null,
        taxCategory ?? (line.lineType === 'tax' ? line.taxCategory : null),
        line.description,
        quantity,
        null,
        line.amount,
      ];
    }),
  );
  const paymentsCsv = csv(
    ['payment_id', 'account_id', 'received_on', 'method', 'amount', 'currency', 'reference'],
    input.payments.map((p) => [
      p.id,
      legacyId.get(p.accountId) ?? p.accountId,
      p.receivedDate,
      p.method,
      p.amount,
      p.currency,
      p.reference,
    ]),
  );
  const balancesCsv = csv(
    [...exportColumns['balances.csv']],
    input.balances.map((b) => [legacyId.get(b.accountId) ?? b.accountId, input.asOf, b.balance]),
  );
  return [
    { name: 'invoices.csv', content: invoicesCsv },
    { name: 'invoice_lines.csv', content: linesCsv },
    { name: 'payments.csv', content: paymentsCsv },
    { name: 'balances.csv', content: balancesCsv },
  ];
}
