import { type SQL, sql } from 'drizzle-orm';

/** The rounding modes of lib/money/rounding, spelled out here so db/ imports nothing from lib/. */
export type SqlRoundingMode = 'half_up' | 'half_even' | 'down' | 'up';

/**
 * `value` (a numeric column or expression, evaluated more than once: pass a column) rounded
 * to `decimals` places the way decimal.js rounds it in lib/money/rounding. PostgreSQL's
 * round(numeric) already rounds ties away from zero (half_up) and trunc() truncates (down);
 * half_even and up are built from them.
 */
export function roundedSql(value: SQL, decimals: number, mode: SqlRoundingMode): SQL {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20)
    throw new Error(`cannot round to ${decimals} decimals`);
  const places = sql.raw(String(decimals));
  // 10^decimals as an exact numeric literal, and one unit of the last place kept.
  const scale = sql.raw(`1${'0'.repeat(decimals)}`);
  const unit = sql.raw(decimals === 0 ? '1' : `0.${'0'.repeat(decimals - 1)}1`);
  switch (mode) {
    case 'half_up':
      return sql`round(${value}, ${places})`;
    case 'down':
      return sql`trunc(${value}, ${places})`;
    case 'up':
      return sql`(case when ${value} = trunc(${value}, ${places}) then trunc(${value}, ${places})
        else trunc(${value}, ${places}) + sign(${value}) * ${unit} end)`;
    case 'half_even':
      // A tie whose truncated digits are even stays truncated; anything else rounds as half_up.
      return sql`(case when abs(${value}) * ${scale} - trunc(abs(${value}) * ${scale}) = 0.5
          and mod(trunc(abs(${value}) * ${scale}), 2) = 0
        then trunc(${value}, ${places}) else round(${value}, ${places}) end)`;
  }
}
