import { stringify } from 'csv-stringify/sync';
import type Decimal from 'decimal.js';
import { neutraliseFormula } from './formula-cells';

/**
 * How a column's cells are written. `number` cells are amounts, counts and rates: written as
 * they are, signs included (`-12.50`, `+44`), so a spreadsheet reads them as numbers. `text`
 * cells are everything else: one that would start a formula is neutralised.
 */
export type CsvColumnKind = 'text' | 'number';

export interface CsvColumn {
  header: string;
  kind: CsvColumnKind;
}

/** A Decimal (any clone), a finite JS number, text, or nothing (an empty cell). */
export type CsvCell = string | number | Decimal | null | undefined;

/** Plain decimal notation, optionally signed: text a `number` column writes as it is. */
const NUMBER_TEXT = /^[+-]?\d+(\.\d+)?$/;

function cellText(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new TypeError(`A CSV cell cannot be ${cell}.`);
    return String(cell);
  }
  if (!cell.isFinite()) throw new TypeError(`A CSV cell cannot be ${cell.toString()}.`);
  return cell.toFixed(); // never exponent notation
}

/**
 * The one CSV writer of everything the product hands out (downloads, exports): RFC 4180
 * quoting, `\n` line ends, a header row, and OWASP's rule against formula injection: a cell
 * that would start a formula (`=`, `+`, `-`, `@`, tab, carriage return) is prefixed with a
 * single quote and quoted. A `number` column's numeric cells are left alone; anything else in
 * a number column (a bug, or a value that is not a number) is treated as text. Importers that
 * read these files back undo the prefix with `restoreNeutralisedText`.
 * @throws TypeError for a row whose length is not the columns', or a non-finite number
 */
export function writeCsv(columns: readonly CsvColumn[], rows: readonly (readonly CsvCell[])[]): string {
  const records = rows.map((row, index) => {
    if (row.length !== columns.length)
      throw new TypeError(`CSV row ${index + 1} has ${row.length} cells for ${columns.length} columns.`);
    return row.map((cell, column) => {
      const text = cellText(cell);
      if (columns[column]?.kind === 'number' && (typeof cell !== 'string' || NUMBER_TEXT.test(text)))
        return text;
      const { text: safe, isNeutralised } = neutraliseFormula(text);
      // an object cell carries its own quoting option to csv-stringify
      return isNeutralised ? { value: safe, quoted: true } : safe;
    });
  });
  return stringify([columns.map((column) => neutraliseFormula(column.header).text), ...records], {
    cast: { object: (value) => value as { value: string } },
  });
}
