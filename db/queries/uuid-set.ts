import { type SQL, sql } from 'drizzle-orm';

/**
 * A set of uuids for `column in …` in raw SQL, sent as one JSON parameter however many
 * there are (a parameter per id would run into the protocol's limit on big lists).
 */
export function uuidSet(ids: readonly string[]): SQL {
  return sql`(select jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb)::uuid)`;
}
