import { isCurrencyCode } from '../../money/currencies';
import type { CsvRow, UnreadableRow } from '../legacy-export/read-csv-rows';
import { CellReader } from './cell-reader';
import { acceptRows, type FileTally } from './file-tally';

export const legacyLineTypes = ['recurring', 'discount', 'usage', 'one_time', 'tax'] as const;
export type LegacyLineType = (typeof legacyLineTypes)[number];

export interface PlannedLegacyLine {
  row: CsvRow;
  lineNo: number;
  lineType: LegacyLineType;
  lineKey: string;
  productCode: string | null;
  subscriptionRef: string | null;
  chargeRef: string | null;
  destination: string | null;
  taxCode: string | null;
  taxCategory: string | null;
  description: string | null;
  quantity: string | null;
  unitPrice: string | null;
  amount: string;
}

export interface PlannedLegacyInvoice {
  row: CsvRow;
  legacyId: string;
  accountLegacyId: string;
  periodStart: string;
  periodEnd: string;
  issuedOn: string | null;
  dueOn: string | null;
  currency: string;
  subtotal: string;
  taxTotal: string;
  total: string;
  lines: PlannedLegacyLine[];
}

type Rows = readonly (CsvRow | UnreadableRow)[];

/**
 * FORMAT.md's line identity: the subscription (recurring, discount), the charge (one-time),
 * the destination (voice) or product (sms, data), the tax code and category (tax).
 */
export function lineKeyOf(line: {
  lineType: LegacyLineType;
  subscriptionRef: string | null;
  chargeRef: string | null;
  destination: string | null;
  productCode: string | null;
  taxCode: string | null;
  taxCategory: string | null;
}): string | null {
  switch (line.lineType) {
    case 'recurring':
    case 'discount':
      return line.subscriptionRef;
    case 'one_time':
      return line.chargeRef;
    case 'usage':
      return line.destination ?? line.productCode;
    case 'tax':
      return line.taxCode && line.taxCategory ? `${line.taxCode}/${line.taxCategory}` : null;
  }
}

/** The legacy invoices of the period and their lines: the baseline a parallel run compares with. */
export function planLegacyInvoices(
  files: { invoices: Rows; lines: Rows },
  tallies: { invoices: FileTally; lines: FileTally },
  accounts: ReadonlyMap<string, unknown>,
): PlannedLegacyInvoice[] {
  const invoices = new Map(
    acceptRows(
      files.invoices,
      tallies.invoices,
      (c) => c.invoice_id ?? '',
      (row) => {
        const cells = new CellReader(row.cells);
        const value: PlannedLegacyInvoice = {
          row,
          legacyId: cells.text('invoice_id'),
          accountLegacyId: cells.text('account_id'),
          periodStart: cells.date('period_start') ?? '',
          periodEnd: cells.date('period_end') ?? '',
          issuedOn: cells.date('issued_on', false),
          dueOn: cells.date('due_on', false),
          currency: cells.text('currency').toUpperCase(),
          subtotal: cells.decimal('subtotal') ?? '0',
          taxTotal: cells.decimal('tax_total') ?? '0',
          total: cells.decimal('total') ?? '0',
          lines: [],
        };
        if (!cells.problem && !isCurrencyCode(value.currency))
          cells.problem = `unknown currency ${value.currency}`;
        if (!cells.problem && !accounts.has(value.accountLegacyId))
          cells.problem = `unknown account ${value.accountLegacyId}`;
        return cells.result(value);
      },
    ).map(({ id, value }) => [id, value]),
  );

  for (const { value } of acceptRows(
    files.lines,
    tallies.lines,
    (c) => `${c.invoice_id}/${c.line_no}`,
    (row) => {
      const cells = new CellReader(row.cells);
      const invoiceId = cells.text('invoice_id');
      const line = {
        row,
        lineNo: cells.wholeNumber('line_no', { min: 1 }) ?? 0,
        lineType: cells.oneOf('line_type', legacyLineTypes) ?? 'recurring',
        productCode: cells.optionalText('product_code'),
        subscriptionRef: cells.optionalText('subscription_id'),
        chargeRef: cells.optionalText('charge_id'),
        destination: cells.optionalText('destination'),
        taxCode: cells.optionalText('tax_code'),
        taxCategory: cells.optionalText('tax_category'),
        description: cells.optionalText('description'),
        quantity: cells.decimal('quantity', { required: false }),
        unitPrice: cells.decimal('unit_price', { required: false }),
        amount: cells.decimal('amount') ?? '0',
      };
      const invoice = invoices.get(invoiceId);
      if (!cells.problem && !invoice) cells.problem = `unknown invoice ${invoiceId}`;
      const lineKey = lineKeyOf(line);
      if (!cells.problem && !lineKey) cells.problem = `a ${line.lineType} line needs what identifies it`;
      return cells.result({ invoice, line: { ...line, lineKey: lineKey ?? '' } });
    },
  ))
    value.invoice?.lines.push(value.line);

  return [...invoices.values()];
}
