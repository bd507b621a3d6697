import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { Dec } from '../money/decimal';
import { restoreNeutralisedText } from './formula-cells';
import { type CsvColumn, writeCsv } from './write-csv';

const columns: CsvColumn[] = [
  { header: 'name', kind: 'text' },
  { header: 'amount', kind: 'number' },
];
/** The data lines of one row written under `columns`. */
const line = (name: unknown, amount: unknown = null) =>
  writeCsv(columns, [[name as string, amount as string]]).split('\n')[1];

describe('writeCsv', () => {
  it('writes a header and rows with \\n line ends', () => {
    expect(writeCsv(columns, [['Acme', '12.50']])).toBe('name,amount\nAcme,12.50\n');
  });

  it.each([
    ["=cmd|' /C calc'!A0", `"'=cmd|' /C calc'!A0"`],
    ['+44 20 7946 0000', `"'+44 20 7946 0000"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(1)', `"'@SUM(1)"`],
    ['\t=1+1', `"'\t=1+1"`],
    ['\r=1+1', `"'\r=1+1"`],
    ['\uFF1D1+1', `"'\uFF1D1+1"`],
  ])('neutralises text that starts a formula: %j', (text, written) => {
    expect(line(text)).toBe(`${written},`);
  });

  it('neutralises a phone prefix in a text column but keeps it in a number column', () => {
    expect(line('+44', '+44')).toBe(`"'+44",+44`);
  });

  it('keeps numbers numbers, negatives included', () => {
    expect(line('x', '-12.50')).toBe('x,-12.50');
    expect(line('x', -12.5)).toBe('x,-12.5');
    expect(line('x', 0)).toBe('x,0');
    expect(line('x', new Dec('-0.000000001'))).toBe('x,-0.000000001');
    expect(line('x', new Dec('1e25'))).toBe('x,10000000000000000000000000');
  });

  it('treats text in a number column that is not a number as text', () => {
    expect(line('x', '=1+1')).toBe(`x,"'=1+1"`);
    expect(line('x', '-1e5')).toBe(`x,"'-1e5"`);
    expect(line('x', ' -1')).toBe('x, -1');
  });

  it('quotes cells with commas, quotes and line breaks (RFC 4180)', () => {
    expect(line('a,b')).toBe('"a,b",');
    expect(line('say "hi"')).toBe('"say ""hi""",');
    expect(writeCsv(columns, [['two\nlines', null]])).toBe('name,amount\n"two\nlines",\n');
    expect(line(`=HYPERLINK("http://x","y")`)).toBe(`"'=HYPERLINK(""http://x"",""y"")",`);
  });

  it('writes nothing for null and undefined, and plain text as it is', () => {
    expect(line(null, undefined)).toBe(',');
    expect(line("it's fine", '')).toBe("it's fine,");
  });

  it('refuses rows of the wrong length and numbers that are not finite', () => {
    expect(() => writeCsv(columns, [['only one']])).toThrow(TypeError);
    expect(() => writeCsv(columns, [['x', Number.NaN]])).toThrow(TypeError);
    expect(() => writeCsv(columns, [['x', new Dec(Number.POSITIVE_INFINITY)]])).toThrow(TypeError);
  });

  it('reads back, through restoreNeutralisedText, exactly what it wrote', () => {
    const texts = ['=1+1', "'=1+1", "''@x", "'plain", 'plain', '-', "'", '', '+44', '\t-x', 'a"b,c\nd'];
    const csv = writeCsv(
      [{ header: 'text', kind: 'text' }],
      texts.map((text) => [text]),
    );
    const [, ...read] = parse(csv) as string[][];
    expect(read.map(([cell]) => restoreNeutralisedText(cell ?? ''))).toEqual(texts);
  });
});
