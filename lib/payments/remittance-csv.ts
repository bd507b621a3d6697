import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { repeatedColumns } from '../csv/repeated-columns';
import { isSaneIsoDate } from '../dates';
import { isCurrencyCode } from '../money/currencies';
import { parseDecimal } from '../money/decimal';
import { settledAmountProblem } from '../money/settled-amounts';
import { checkText } from '../text/check-text';

import type { PaymentMethod } from './types';

/**
 * Bank and ACH remittance files. Columns: date, reference, account (the account's external
 * id), invoice (an invoice number, optional), amount, currency, and optionally method
 * (check, ach, wire, card, manual; ach when absent). Other columns are ignored.
 */
export interface RemittanceLine {
  /** CSV line, the header being line 1 (a record with a quoted line break: its last line). */
  line: number;
  receivedDate: string;
  reference: string | null;
  accountRef: string;
  invoiceNumber: string | null;
  amount: string;
  currency: string;
  method: PaymentMethod;
  /**
   * Derived from the row's content and how many identical rows came before it in the file,
   * so importing the same file (or a later file repeating its rows) records each once.
   */
  externalId: string;
}

export interface RemittanceProblem {
  /** CSV line, the header being line 1; null for the file as a whole. */
  line: number | null;
  column: string | null;
  message: string;
}

const REQUIRED = ['date', 'reference', 'account', 'amount', 'currency'];
/** References, account and invoice numbers: longer cells are not what the columns hold. */
const MAX_CELL_LENGTH = 200;
const METHODS: readonly PaymentMethod[] = ['manual', 'check', 'ach', 'card', 'wire'];

/** Reads and checks the format of every row; database checks (accounts, invoices) come after. */
export function parseRemittanceCsv(text: string): {
  lines: RemittanceLine[];
  problems: RemittanceProblem[];
  rowsRead: number;
} {
  const problems: RemittanceProblem[] = [];
  let unreadable = 0;
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
      info: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        unreadable += 1;
        const line = (error as { lines?: number } | undefined)?.lines ?? null;
        problems.push({
          line,
          column: null,
          message: `Unreadable CSV record: ${error?.message ?? 'unknown'}`,
        });
        return undefined;
      },
      // With `info`, each record comes with where it was read; the typings miss that.
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    return {
      lines: [],
      rowsRead: 0,
      problems: [
        { line: null, column: null, message: `Not a readable CSV file: ${(error as Error).message}` },
      ],
    };
  }
  const [header, ...body] = records;
  if (!header) {
    return {
      lines: [],
      rowsRead: 0,
      problems: [{ line: null, column: null, message: 'The file is empty.' }],
    };
  }
  const columns = header.record.map((name) => name.toLowerCase());
  const missing = REQUIRED.filter((name) => !columns.includes(name));
  if (missing.length > 0) {
    return {
      lines: [],
      rowsRead: body.length,
      problems: [
        { line: header.info.lines, column: null, message: `Missing columns: ${missing.join(', ')}.` },
      ],
    };
  }
  const repeated = repeatedColumns(columns);
  if (repeated.length > 0) {
    return {
      lines: [],
      rowsRead: body.length,
      problems: [
        {
          line: header.info.lines,
          column: null,
          message: `The header names ${repeated.join(', ')} more than once; which one holds the value cannot be told.`,
        },
      ],
    };
  }

  const lines: RemittanceLine[] = [];
  const occurrences = new Map<string, number>();
  for (const { record: cells, info } of body) {
    const line = info.lines;
    const cell = (name: string) => cells[columns.indexOf(name)] ?? '';
    const problem = (column: string | null, message: string) => problems.push({ line, column, message });
    const before = problems.length;

    if (cells.length !== columns.length) {
      problem(null, `The row has ${cells.length} fields; the header has ${columns.length}.`);
      continue;
    }
    for (const [index, name] of columns.entries()) {
      const checked = checkText(cells[index] ?? '', { maxLength: MAX_CELL_LENGTH, verbatim: true });
      if ('problem' in checked) problem(name, `The ${name} ${checked.problem}.`);
    }
    if (problems.length > before) continue;
    const receivedDate = cell('date');
    if (!isSaneIsoDate(receivedDate)) problem('date', `"${receivedDate}" is not a date (YYYY-MM-DD).`);
    const accountRef = cell('account');
    if (!accountRef) problem('account', 'The account is missing.');
    const currency = cell('currency').toUpperCase();
    const amount = cell('amount');
    if (!isCurrencyCode(currency)) {
      problem('currency', `"${cell('currency')}" is not an ISO 4217 currency code.`);
    } else {
      const amountIssue = settledAmountProblem(amount, currency);
      if (amountIssue) problem('amount', amountIssue);
    }
    const methodText = columns.includes('method') ? cell('method').toLowerCase() : '';
    const method = (methodText || 'ach') as PaymentMethod;
    if (!METHODS.includes(method)) {
      problem('method', `Unknown method "${cell('method')}" (${METHODS.join(', ')}).`);
    }
    if (problems.length > before) continue;

    const reference = cell('reference') || null;
    const invoiceNumber = columns.includes('invoice') ? cell('invoice') || null : null;
    // "100" and "100.00" are the same payment.
    const normalizedAmount = parseDecimal(amount).toFixed();
    const content = [
      receivedDate,
      reference ?? '',
      accountRef,
      invoiceNumber ?? '',
      normalizedAmount,
      currency,
    ];
    const key = createHash('sha256').update(content.join('\u001f')).digest('base64url');
    const occurrence = (occurrences.get(key) ?? 0) + 1;
    occurrences.set(key, occurrence);
    lines.push({
      line,
      receivedDate,
      reference,
      accountRef,
      invoiceNumber,
      amount,
      currency,
      method,
      externalId: `remittance:${key}:${occurrence}`,
    });
  }
  if (body.length === 0 && problems.length === 0) {
    problems.push({ line: null, column: null, message: 'The file has a header but no payments.' });
  }
  // Unreadable records are reported as the parser meets them; the reader wants file order.
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { lines, problems, rowsRead: body.length + unreadable };
}
