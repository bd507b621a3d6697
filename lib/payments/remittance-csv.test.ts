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

describe('remittance cells and headers that would be silently repaired', () => {
  it('reports a NUL or a control character in a cell, naming the column, and reads nothing of that row', () => {
    const parsed = parseRemittanceCsv(
      [
        'date,reference,account,amount,currency',
        '2026-11-02,REF\u00001,ACME,10.00,USD',
        '2026-11-02,=cmd\u0007,ACME,10.00,USD',
        '2026-11-02,REF-3,ACME,10.00,USD',
      ].join('\n'),
    );
    expect(parsed.lines.map((line) => line.reference)).toEqual(['REF-3']);
    expect(parsed.problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [2, 'reference', 'The reference contains a NUL character (U+0000).'],
      [3, 'reference', 'The reference contains a control character (U+0007).'],
    ]);
  });

  it('refuses a header naming a column twice, and an amount beyond the limit', () => {
    expect(
      parseRemittanceCsv('date,reference,account,amount,amount,currency\n2026-11-02,R,ACME,1,2,USD')
        .problems[0]?.message,
    ).toMatch(/names amount more than once/);
    expect(
      parseRemittanceCsv('date,reference,account,amount,currency\n2026-11-02,R,ACME,1000000000000.01,USD')
        .problems[0]?.message,
    ).toMatch(/beyond the largest accepted/);
  });
});
