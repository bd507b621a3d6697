import postgres from 'postgres';
import { Dec } from '../lib/money/decimal';
import type { RoundingPolicy } from '../lib/money/rounding';
import type { DestinationRate } from '../lib/rating/destinations';
import { PrefixIndex } from '../lib/rating/prefix-index';
import { rateCall } from '../lib/rating/rate-call';
import { generateCalls, generateDeck } from './generate';

/**
 * bench/rating: how fast lib/rating prices calls, against a plain-SQL pricing query over the
 * same calls and deck in the same run (longest prefix + increments + rounding in
 * PostgreSQL). Prints calls/s for both and their ratio; the target is ≥ 0.35.
 *
 *   npx tsx bench/rating.ts [calls=1000000]   (PostgreSQL on 127.0.0.1:5432, or BENCH_DATABASE_URL)
 */
const calls = Number(process.argv[2] ?? 1_000_000);
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const policy: RoundingPolicy = { mode: 'half_up', callDecimals: 4 };

const deckRows = generateDeck(2_000);
const deck = {
  index: new PrefixIndex(
    deckRows.map(
      (row): DestinationRate => ({
        prefix: row.prefix,
        destination: row.destination,
        destinationClass: row.domestic ? 'domestic' : 'international',
        ratePerMinute: new Dec(row.ratePerMinute),
        increment: { initialSeconds: row.initial, subsequentSeconds: row.subsequent },
        connectionFee: new Dec(row.connectionFee),
      }),
    ),
  ),
  timeZone: 'America/Chicago',
  bands: [],
};
const callList = [...generateCalls(calls, deckRows)];

// Ours: the same rateCall the ingestion uses.
const jsStart = performance.now();
let checksum = new Dec(0);
for (const call of callList) {
  const rating = rateCall(
    { durationSeconds: call.durationSeconds, destinationNumber: call.destination, startedAt: call.startedAt },
    deck,
    policy,
  );
  if (rating.status === 'rated') checksum = checksum.plus(rating.charge);
}
const jsSeconds = (performance.now() - jsStart) / 1000;

// With an off-peak band (every call also needs its local time).
const banded = {
  ...deck,
  bands: [{ name: 'offpeak', weekdays: [1, 2, 3, 4, 5, 6, 7], startMinute: 19 * 60, endMinute: 7 * 60 }],
};
const bandStart = performance.now();
for (const call of callList)
  rateCall(
    { durationSeconds: call.durationSeconds, destinationNumber: call.destination, startedAt: call.startedAt },
    banded,
    policy,
  );
const bandSeconds = (performance.now() - bandStart) / 1000;

// Baseline: plain SQL over the same calls and deck.
const name = `switchboard_bench_rating_${process.pid}`;
const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${name}`);
const url = new URL(adminUrl);
url.pathname = `/${name}`;
const sql = postgres(url.toString(), { max: 1, onnotice: () => {} });
let sqlSeconds = 0;
let sqlChecksum = '0';
try {
  await sql`create unlogged table deck (prefix text primary key, rate numeric, initial int, subsequent int, fee numeric)`;
  await sql`create unlogged table calls (id text, destination text, duration int)`;
  await sql`insert into deck ${sql(deckRows.map((r) => ({ prefix: r.prefix, rate: r.ratePerMinute, initial: r.initial, subsequent: r.subsequent, fee: r.connectionFee })))}`;
  const copy = await sql`copy calls (id, destination, duration) from stdin`.writable();
  await new Promise<void>((resolve, reject) => {
    let i = 0;
    const write = () => {
      let ok = true;
      while (i < callList.length && ok) {
        const call = callList[i++];
        ok = copy.write(`${call?.id}\t${call?.destination}\t${call?.durationSeconds}\n`);
      }
      if (i < callList.length) copy.once('drain', write);
      else copy.end();
    };
    copy.on('finish', resolve).on('error', reject);
    write();
  });
  await sql`analyze calls`;
  await sql`analyze deck`;
  // The fastest plain SQL found: one hash-joinable equality join per prefix length, the
  // longest match picked by coalesce (a lateral IN-list with ORDER BY … LIMIT 1 ran 4× slower).
  const lengths = [...new Set(deckRows.map((r) => r.prefix.length))].sort((a, b) => b - a);
  const pick = (column: string) => `coalesce(${lengths.map((n) => `d${n}.${column}`).join(', ')})`;
  const joins = lengths
    .map((n) => `left join deck d${n} on d${n}.prefix = left(c.destination, ${n})`)
    .join('\n    ');
  const sqlStart = performance.now();
  await sql.unsafe(`
    create unlogged table priced as
    select id, prefix, billable,
      round(case when billable = 0 then 0 else fee + billable * rate / 60 end, 4) as charge
    from (
      select m.*, case when m.duration = 0 then 0 when m.duration <= m.initial then m.initial
        else m.initial + ceil((m.duration - m.initial)::numeric / m.subsequent)::int * m.subsequent end as billable
      from (
        select c.id, c.duration, ${pick('prefix')} as prefix, ${pick('rate')} as rate, ${pick('initial')} as initial,
          ${pick('subsequent')} as subsequent, ${pick('fee')} as fee
        from calls c
        ${joins}
      ) m where m.prefix is not null
    ) b`);
  sqlSeconds = (performance.now() - sqlStart) / 1000;
  const [row] = await sql`select sum(charge)::text as total from priced`;
  sqlChecksum = (row as { total?: string } | undefined)?.total ?? '?';
} finally {
  await sql.end();
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
}

const ours = calls / jsSeconds;
const theirs = calls / sqlSeconds;
console.log(`calls: ${calls.toLocaleString('en-US')}, deck: ${deckRows.length} prefixes`);
console.log(
  `lib/rating:          ${Math.round(ours).toLocaleString('en-US')} calls/s (${jsSeconds.toFixed(2)} s)`,
);
console.log(`  with a time band:  ${Math.round(calls / bandSeconds).toLocaleString('en-US')} calls/s`);
console.log(
  `plain SQL (baseline): ${Math.round(theirs).toLocaleString('en-US')} calls/s (${sqlSeconds.toFixed(2)} s)`,
);
console.log(
  `same total charge: ${checksum.toFixed(4) === new Dec(sqlChecksum).toFixed(4) ? 'yes' : `NO (${checksum.toFixed(4)} vs ${sqlChecksum})`}`,
);
console.log(`ratio: ${(ours / theirs).toFixed(2)} (target ≥ 0.35)`);
