import { describe, expect, it } from 'vitest';
import { parseRemittanceCsv } from './remittance-csv';

const header = 'date,reference,account,invoice,amount,currency';

describe('parseRemittanceCsv', () => {
  it('reads rows with their line numbers, defaulting the method to ach', () => {
    const parsed = parseRemittanceCsv(
      `${header},method\n2026-03-02,CHK-101,ACME,INV-7,100.00,usd,check\n\n2026-03-02,ACH-9,ACME,,25,USD,\n`,
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.rowsRead).toBe(2);
    expect(
      parsed.lines.map((l) => [l.line, l.reference, l.invoiceNumber, l.amount, l.currency, l.method]),
    ).toEqual([
      [2, 'CHK-101', 'INV-7', '100.00', 'USD', 'check'],
      [4, 'ACH-9', null, '25', 'USD', 'ach'],
    ]);
  });

  it('reports every bad row with its line, column and reason', () => {
    const parsed = parseRemittanceCsv(
      [
        header,
        '2026-02-30,R1,ACME,,10.00,USD',
        '2026-03-02,R2,ACME,,-10.00,USD',
        '2026-03-02,R3,ACME,,10.005,USD',
        '2026-03-02,R4,ACME,,ten,USD',
        '2026-03-02,R5,ACME,,10.00,US',
        '2026-03-02,R6,,,10.00,USD',
        '2026-03-02,R7,ACME,10.00,USD',
        '2026-03-02,R8"x,ACME,,10.00,USD',
      ].join('\n'),
    );
    expect(parsed.lines).toEqual([]);
    expect(parsed.problems.map((p) => [p.line, p.column])).toEqual([
      [2, 'date'],
      [3, 'amount'],
      [4, 'amount'],
      [5, 'amount'],
      [6, 'currency'],
      [7, 'account'],
      [8, null],
      [9, null],
    ]);
    expect(parsed.problems[1]?.message).toMatch(/more than zero/);
    expect(parsed.problems[6]?.message).toMatch(/5 fields; the header has 6/);
    expect(parsed.problems[7]?.message).toMatch(/Unreadable CSV record/);
  });

  it('names missing columns and empty files', () => {
    expect(parseRemittanceCsv('date,account,amount\n').problems[0]?.message).toBe(
      'Missing columns: reference, currency.',
    );
    expect(parseRemittanceCsv('').problems[0]?.message).toBe('The file is empty.');
    expect(parseRemittanceCsv(`${header}\n`).problems[0]?.message).toMatch(/no payments/);
  });

  it('derives the same external ids from the same rows, and tells identical rows apart', () => {
    const text = `${header}\n2026-03-02,R1,ACME,,10.00,USD\n2026-03-02,R1,ACME,,10,USD\n2026-03-02,R2,ACME,,10,USD\n`;
    const ids = parseRemittanceCsv(text).lines.map((l) => l.externalId);
    expect(new Set(ids).size).toBe(3);
    expect(ids[0]?.replace(/:1$/, '')).toBe(ids[1]?.replace(/:2$/, ''));
    expect(parseRemittanceCsv(text).lines.map((l) => l.externalId)).toEqual(ids);
  });
});
