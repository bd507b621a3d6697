import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { type CsvRecordText, csvFields, csvRecordTexts } from './csv-records';

async function records(...chunks: (string | Buffer)[]): Promise<CsvRecordText[]> {
  const all: CsvRecordText[] = [];
  for await (const batch of csvRecordTexts(Readable.from(chunks))) all.push(...batch);
  return all;
}

describe('csvRecordTexts', () => {
  it('cuts records at line breaks, with their lines and the bytes read through them', async () => {
    const found = await records('h1,h2\r\nA,1\r\n\r\nB,2');
    expect(found).toEqual([
      { text: 'h1,h2', line: 1, bytes: 7 },
      { text: 'A,1', line: 2, bytes: 12 },
      { text: 'B,2', line: 4, bytes: 17 },
    ]);
  });

  it('joins a line split across chunks, also inside a multi-byte character', async () => {
    const bytes = Buffer.from('h\nZoë,1\n');
    const found = await records(bytes.subarray(0, 5), bytes.subarray(5));
    expect(found.map((record) => record.text)).toEqual(['h', 'Zoë,1']);
    expect(found.at(-1)?.bytes).toBe(bytes.length);
  });

  it('reads a file whose lines end in a bare carriage return, also when it arrives a byte at a time', async () => {
    expect((await records('h\rA,1\rB,2')).map((record) => record.text)).toEqual(['h', 'A,1', 'B,2']);
    const split = await records('h\r', '\nA,1\r', '\n');
    expect(split.map((record) => [record.text, record.line])).toEqual([
      ['h', 1],
      ['A,1', 2],
    ]);
  });

  it('drops a byte order mark before the header', async () => {
    const found = await records('\uFEFFrecord_id,x\nA,1\n');
    expect(found[0]?.text).toBe('record_id,x');
  });

  it('keeps a quoted line break inside its record, which ends on its last line', async () => {
    const found = await records('h\nA,"two\nlines",1\nB,2\n');
    expect(found.slice(1)).toEqual([
      { text: 'A,"two\nlines",1', line: 3, bytes: 18 },
      { text: 'B,2', line: 4, bytes: 22 },
    ]);
    expect(csvFields(found[1]?.text ?? '')).toEqual(['A', 'two\nlines', '1']);
  });

  it('does not let a stray quote swallow the rest of the file', async () => {
    const rows = Array.from({ length: 60 }, (_, index) => `R${index},1`);
    const found = await records(`h\nBAD,"open\n${rows.join('\n')}\n`);
    expect(found[1]).toMatchObject({ text: 'BAD,"open', line: 2 });
    expect(csvFields(found[1]?.text ?? '')).toMatchObject({
      unreadable: expect.stringMatching(/Quote Not Closed/),
    });
    expect(found.slice(2).map((record) => record.text)).toEqual(rows);
    expect(found.at(-1)?.line).toBe(62);
  });

  it('takes a quote inside a field for a stray one: that line alone is unreadable', async () => {
    const found = await records('h\nA,L"1,sms\nB,L1,sms\nC,L"2,sms\nD,L1,sms\n');
    expect(found.slice(1).map((record) => [record.text, record.line])).toEqual([
      ['A,L"1,sms', 2],
      ['B,L1,sms', 3],
      ['C,L"2,sms', 4],
      ['D,L1,sms', 5],
    ]);
    expect(csvFields('A,L"1,sms')).toEqual({ unreadable: expect.stringMatching(/Invalid Opening Quote/) });
  });

  it('reads the lines again when the lines an opening quote joined do not make a record', async () => {
    const found = await records('h\nA,"x\nB,1\nC,y"z\nD,1\n');
    expect(found.slice(1).map((record) => record.text)).toEqual(['A,"x', 'B,1', 'C,y"z', 'D,1']);
  });

  it('keeps a quoted field of many lines whole, with its own line breaks', async () => {
    const note = Array.from({ length: 80 }, (_, index) => `n${index}`).join('\r\n');
    const found = await records(`h\r\nA,"${note}",1\r\nB,2\r\n`);
    expect(found.slice(1).map((record) => record.line)).toEqual([81, 82]);
    expect(csvFields(found[1]?.text ?? '')).toEqual(['A', note, '1']);
  });

  it('does not read past a carriage return inside a line as if it ended the record', () => {
    expect(csvFields('A,"q",1\rB,2')).toEqual({ unreadable: expect.stringMatching(/splits it in two/) });
    expect(csvFields('A,1\rB,2')).toMatchObject({ unreadable: expect.any(String) });
  });

  it('reports an unclosed quote at the end of the file on its own line and reads the lines after it', async () => {
    const found = await records('h\nA,"x\nB,2\n');
    expect(found.slice(1).map((record) => [record.text, record.line])).toEqual([
      ['A,"x', 2],
      ['B,2', 3],
    ]);
  });
});

describe('csvFields', () => {
  it('splits a record without quotes on its commas, trimming each field', () => {
    expect(csvFields(' A , L1,,3 ')).toEqual(['A', 'L1', '', '3']);
  });

  it('reads quoted fields with commas and doubled quotes', () => {
    expect(csvFields('A,"Acme, ""North""",3')).toEqual(['A', 'Acme, "North"', '3']);
  });

  it("names what is wrong with a stray quote, without csv-parse's own line numbers", () => {
    const result = csvFields('D,L"1,sms');
    expect(result).toEqual({
      unreadable: expect.stringMatching(/^unreadable CSV record: Invalid Opening Quote/),
    });
    expect(JSON.stringify(result)).not.toMatch(/at line/);
  });
});
