import type { Db } from '../../db/client';
import { insertMissingComponents, listComponentRows, readComponentSignals } from '../../db/queries/war-room';
import type { ComponentRow } from '../../db/schema';
import { checkComponents, componentDefinitions, isComponentKey } from './component-checks';
import type { ComponentRecord } from './types';

/**
 * The component rows, seeded on first read: the six standard components are inserted when
 * missing (idempotent, so two first readers at once both succeed), and kept otherwise.
 */
export async function ensureComponents(db: Db): Promise<ComponentRow[]> {
  const rows = await listComponentRows(db);
  if (rows.length >= componentDefinitions.length) return rows;
  const present = new Set(rows.map((row) => row.key));
  await insertMissingComponents(
    db,
    componentDefinitions
      .map((definition, index) => ({ ...definition, position: index + 1 }))
      .filter((definition) => !present.has(definition.key)),
  );
  return listComponentRows(db);
}

/** Each component's state: set by hand when it is, else from its check over the live data. */
export async function readComponents(db: Db): Promise<ComponentRecord[]> {
  const rows = await ensureComponents(db);
  const checks = checkComponents(await readComponentSignals(db));
  return rows.map((row) => {
    const check = isComponentKey(row.key) ? checks[row.key] : { state: null, reason: 'No check.' };
    const manual = row.manualState
      ? `Set by hand by ${row.manualBy ?? 'someone'}${row.manualNote ? `: ${row.manualNote}` : '.'}`
      : null;
    return {
      key: row.key,
      name: row.name,
      position: row.position,
      state: row.manualState ?? check.state ?? 'operational',
      reason: manual ?? (check.state ? check.reason : `No problem reported. ${check.reason}`),
      checkState: check.state,
      checkReason: check.reason,
      manualState: row.manualState,
      manualNote: row.manualNote,
      manualBy: row.manualBy,
      manualAt: row.manualAt,
    };
  });
}
