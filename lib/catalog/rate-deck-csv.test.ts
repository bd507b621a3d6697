import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRateDeckCsv, rateDeckToCsv } from './rate-deck-csv';

describe('rate deck CSV', () => {
  it('reads a deck with time-band rates and writes it back identically', () => {
    const csv = [
      'prefix,destination,destination_class,rate_per_minute,offpeak_rate_per_minute,initial_increment_s,subsequent_increment_s,connection_fee',
      '44,United Kingdom,international,0.0300,0.0200,60,6,0',
      '447,"United Kingdom - mobile",mobile,0.0900,,60,6,0.0100',
      '+1800,US toll-free,toll_free,0.0000,,6,6,0',
    ].join('\n');
    const parsed = parseRateDeckCsv(csv);
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows.map((row) => [row.prefix, row.destinationClass, row.bandRates])).toEqual([
      ['44', 'international', { offpeak: '0.0200' }],
      ['447', 'mobile', {}],
      ['1800', 'toll_free', {}],
    ]);
    const again = parseRateDeckCsv(rateDeckToCsv(parsed.rows));
    expect(again.rows).toEqual([...parsed.rows].sort((a, b) => a.prefix.localeCompare(b.prefix)));
  });

  it('reads band connection fees, increments and steps, and multi-step rates, and writes them back', () => {
    const csv = [
      'prefix,destination,destination_class,rate_per_minute,initial_increment_s,subsequent_increment_s,connection_fee,rate_steps,holiday_rate_per_minute,holiday_connection_fee,holiday_initial_increment_s,holiday_subsequent_increment_s,night_rate_steps',
      '44,United Kingdom,international,0.06,60,6,0.05,,0.03,0,1,1,',
      '49,Germany,international,0.10,60,1,0,0:0.10:60 60:0.05:1,,0.02,,,0:0.05:60;60:0.01:1',
    ].join('\n');
    const parsed = parseRateDeckCsv(csv);
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows.map((row) => [row.prefix, row.bandRates, row.bandTerms, row.rateSteps])).toEqual([
      [
        '44',
        { holiday: '0.03' },
        { holiday: { connectionFee: '0', initialIncrementSeconds: 1, subsequentIncrementSeconds: 1 } },
        null,
      ],
      [
        '49',
        {},
        {
          holiday: { connectionFee: '0.02' },
          night: {
            steps: [
              { fromSecond: 0, ratePerMinute: '0.05', incrementSeconds: 60 },
              { fromSecond: 60, ratePerMinute: '0.01', incrementSeconds: 1 },
            ],
          },
        },
        [
          { fromSecond: 0, ratePerMinute: '0.10', incrementSeconds: 60 },
          { fromSecond: 60, ratePerMinute: '0.05', incrementSeconds: 1 },
        ],
      ],
    ]);
    const written = rateDeckToCsv(parsed.rows);
    expect(written.split('\n')[0]).toContain('holiday_connection_fee');
    expect(parseRateDeckCsv(written).rows).toEqual(parsed.rows);
  });

  it('refuses bad steps, bad band increments, and a band rate alone on a stepped row', () => {
    const csv = [
      'prefix,destination,destination_class,rate_per_minute,initial_increment_s,subsequent_increment_s,rate_steps,offpeak_rate_per_minute,offpeak_initial_increment_s',
      '1,A,domestic,0.1,60,6,0:0.1:45 60:0.05:1,,',
      '2,B,domestic,0.1,60,6,0.1 per minute,,',
      '3,C,domestic,0.1,60,6,0:0.1:60,0.05,',
      '4,D,domestic,0.1,60,6,,,0',
    ].join('\n');
    const parsed = parseRateDeckCsv(csv);
    expect(parsed.rows).toEqual([]);
    expect(parsed.problems.map((p) => [p.line, p.column])).toEqual([
      [2, 'rate_steps'],
      [3, 'rate_steps'],
      [4, 'offpeak_rate_per_minute'],
      [5, 'offpeak_initial_increment_s'],
    ]);
  });

  it('reads the legacy export deck format (domestic true/false, extra columns ignored)', () => {
    const legacy = readFileSync(
      resolve(process.cwd(), '../shared/legacy-export/sample-small/rate_decks.csv'),
      'utf8',
    );
    const parsed = parseRateDeckCsv(
      legacy
        .split('\n')
        .filter((line, i) => i === 0 || line.startsWith('STANDARD,'))
        .join('\n'),
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows.find((row) => row.prefix === '1')?.destinationClass).toBe('domestic');
    expect(parsed.rows.find((row) => row.prefix === '4915')).toMatchObject({
      destinationClass: 'international',
      initialIncrementSeconds: 60,
      subsequentIncrementSeconds: 1,
    });
  });

  it('reports every bad row with its line and column, and keeps none of them', () => {
    const csv = [
      'prefix,destination,destination_class,rate_per_minute,initial_increment_s,subsequent_increment_s,connection_fee',
      '44,United Kingdom,international,0.03,60,6,0',
      '44,Duplicate,international,0.03,60,6,0',
      '4a,Bad prefix,international,0.03,60,6,0',
      '33,France,planet,0.03,60,6,0',
      '49,Germany,international,1e-2,60,6,0',
      '52,Mexico,international,-0.04,60,6,0',
      '91,India,international,0.045,0,60,0.02',
      '63,,international,0.15,60,60,0.05',
    ].join('\n');
    const parsed = parseRateDeckCsv(csv);
    expect(parsed.rowsRead).toBe(8);
    expect(parsed.rows.map((row) => row.prefix)).toEqual(['44']);
    expect(parsed.problems.map((p) => `${p.line}:${p.column}`)).toEqual([
      '3:prefix',
      '4:prefix',
      '5:destination_class',
      '6:rate_per_minute',
      '7:rate_per_minute',
      '8:initial_increment_s',
      '9:destination',
    ]);
  });

  it('explains a file it cannot use at all', () => {
    expect(parseRateDeckCsv('').problems[0]?.message).toBe('The file is empty.');
    expect(parseRateDeckCsv('prefix,destination\n44,UK').problems[0]?.message).toMatch(
      /^Missing columns: rate_per_minute/,
    );
    expect(
      parseRateDeckCsv(
        'prefix,destination,destination_class,rate_per_minute,initial_increment_s,subsequent_increment_s',
      ).problems[0]?.message,
    ).toBe('The file has a header but no rates.');
    expect(parseRateDeckCsv('a,"b\n').problems[0]?.message).toMatch(/^Not a readable CSV file/);
  });
});

describe('rate deck cells a deck must not hold', () => {
  const header =
    'prefix,destination,destination_class,rate_per_minute,initial_increment_s,subsequent_increment_s,connection_fee';
  it('refuses control characters in a destination, rows with a field too many, repeated columns and huge rates', () => {
    const parsed = parseRateDeckCsv(
      [
        header,
        '1,United States\u001b[31m,domestic,0.01,6,6,0',
        '44,United Kingdom,international,0.03,60,6,0,surplus',
        '33,France,international,1000000000000000,60,60,0',
      ].join('\n'),
    );
    expect(parsed.rows).toEqual([]);
    expect(parsed.problems.map((p) => [p.line, p.message])).toEqual([
      [2, 'The destination contains a control character (U+001B).'],
      [3, 'The row has 8 fields; the header has 7.'],
      [4, 'rate_per_minute 1000000000000000 is beyond 1,000,000,000,000.'],
    ]);
    expect(parseRateDeckCsv(`${header},prefix\n1,US,domestic,0.01,6,6,0,1`).problems[0]?.message).toMatch(
      /names prefix more than once/,
    );
  });
});
