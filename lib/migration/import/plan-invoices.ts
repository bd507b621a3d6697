import { isCurrencyCode } from '../../money/currencies';
import type { ExportVersion } from '../legacy-export/export-columns';
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
  /** v1.1: the days the line is for (required on recurring and discount lines). */
  serviceStart: string | null;
  serviceEnd: string | null;
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
  /** v1.1: the period recurring charges billed in advance are for (the next period). */
  advanceStart: string | null;
  advanceEnd: string | null;
  lines: PlannedLegacyLine[];
}

type Rows = readonly (CsvRow | UnreadableRow)[];

/**
 * FORMAT.md's line identity: the subscription (recurring, discount), the charge (one-time),
 * the destination (voice) or product (sms, data), the tax code and category (tax). In v1.1
 * a subscription can have several recurring lines (a credit beside a charge, a partial period
 * beside the next one): its lines are told apart by their first day, `S-1@2026-11-01`.
 */
export function lineKeyOf(line: {
  lineType: LegacyLineType;
  serviceStart?: string | null;
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
      if (line.serviceStart === undefined) return line.subscriptionRef;
      return line.subscriptionRef && line.serviceStart
        ? recurringLineKey(line.subscriptionRef, line.serviceStart)
        : null;
    case 'one_time':
      return line.chargeRef;
    case 'usage':
      return line.destination ?? line.productCode;
    case 'tax':
      return line.taxCode && line.taxCategory ? `${line.taxCode}/${line.taxCategory}` : null;
  }
}

/** A v1.1 recurring or discount line's identity: its subscription and its first day. */
export const recurringLineKey = (subscriptionRef: string, serviceStart: string) =>
  `${subscriptionRef}@${serviceStart}`;

/** The legacy invoices of the period and their lines: the baseline a parallel run compares with. */
export function planLegacyInvoices(
  files: { invoices: Rows; lines: Rows },
  tallies: { invoices: FileTally; lines: FileTally },
  accounts: ReadonlyMap<string, unknown>,
  version: ExportVersion = '1',
): PlannedLegacyInvoice[] {
  const v11 = version !== '1';
  /** Two optional dates of v1.1 that go together, the second after the first. */
  const span = (cells: CellReader, from: string, to: string) => {
    const start = v11 ? cells.date(from, false) : null;
    const end = v11 ? cells.date(to, false) : null;
    if (!cells.problem && (start === null) !== (end === null))
      cells.problem = `${from} and ${to} go together`;
    if (!cells.problem && start !== null && end !== null && end <= start)
      cells.problem = `${to} ${end} is not after ${from} ${start}`;
    return { start, end };
  };
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
          advanceStart: null,
          advanceEnd: null,
          lines: [],
        };
        const advance = span(cells, 'advance_start', 'advance_end');
        value.advanceStart = advance.start;
        value.advanceEnd = advance.end;
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
      const service = span(cells, 'service_start', 'service_end');
      const identified = { ...line, serviceStart: service.start, serviceEnd: service.end };
      const invoice = invoices.get(invoiceId);
      if (!cells.problem && !invoice) cells.problem = `unknown invoice ${invoiceId}`;
      const lineKey = v11 ? lineKeyOf(identified) : lineKeyOf(line);
      if (!cells.problem && !lineKey)
        cells.problem = `a ${line.lineType} line needs what identifies it${
          v11 && (line.lineType === 'recurring' || line.lineType === 'discount')
            ? ' (subscription_id and service_start)'
            : ''
        }`;
      return cells.result({ invoice, line: { ...identified, lineKey: lineKey ?? '' } });
    },
  ))
    value.invoice?.lines.push(value.line);

  return [...invoices.values()];
}
