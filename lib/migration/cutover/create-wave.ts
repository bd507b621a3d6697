import {
  addAccountsToWave,
  insertCutoverEvent,
  insertWave,
  listAccountsFreeForWave,
  listWavesOfImport,
} from '../../../db/queries/cutover';
import { getMigrationImportById } from '../../../db/queries/migration-imports';
import type { CutoverWaveRow } from '../../../db/schema';
import { actorLabel } from '../../auth/actor';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';
import { type UserError, userError } from '../../errors';
import { isUuid } from '../../uuid';

export interface CreateWaveInput {
  importId: string;
  name: string;
  /** These accounts of the import (a pilot group); every account not yet in a wave when absent (the rest). */
  accountIds?: readonly string[] | null;
}

type Result = { wave: CutoverWaveRow | null; userErrors: UserError[] };
const refuse = (field: string[], message: string, code: UserError['code'] = 'INVALID'): Result => ({
  wave: null,
  userErrors: [userError(code, field, message)],
});

/**
 * Groups imported accounts into a wave to cut over together: a chosen pilot group, or all
 * the rest. An account belongs to one wave at most; the wave starts planned.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function createCutoverWave(ctx: OperationContext, input: CreateWaveInput): Promise<Result> {
  authorize(ctx.actor, 'createCutoverWave');
  const name = input.name.trim();
  if (!name) return refuse(['input', 'name'], 'Name the wave (e.g. Pilot).', 'REQUIRED');
  const imported = isUuid(input.importId) ? await getMigrationImportById(ctx.db, input.importId) : null;
  if (imported?.status !== 'completed')
    return refuse(['input', 'importId'], 'No completed import has this id.', 'NOT_FOUND');
  if (input.accountIds?.some((id) => !isUuid(id)))
    return refuse(['input', 'accountIds'], 'Account ids are uuids.');
  if (input.accountIds?.length === 0)
    return refuse(
      ['input', 'accountIds'],
      'Choose accounts, or leave the list out for the rest.',
      'REQUIRED',
    );

  return ctx.db.transaction(async (tx) => {
    const existing = await listWavesOfImport(tx, imported.id);
    if (existing.some((wave) => wave.name.toLowerCase() === name.toLowerCase()))
      return refuse(['input', 'name'], `The import already has a wave named ${name}.`, 'TAKEN');
    const free = await listAccountsFreeForWave(tx, imported.id, input.accountIds ?? null);
    if (input.accountIds && free.length !== new Set(input.accountIds).size)
      return refuse(
        ['input', 'accountIds'],
        'Some of these accounts are not from this import, or already in a wave.',
      );
    if (free.length === 0)
      return refuse(['input', 'accountIds'], 'Every account of the import is already in a wave.');
    const wave = await insertWave(tx, {
      importId: imported.id,
      name,
      position: existing.length + 1,
      createdBy: actorLabel(ctx.actor),
    });
    await addAccountsToWave(tx, wave.id, free);
    await insertCutoverEvent(tx, {
      waveId: wave.id,
      action: 'created',
      detail: { accounts: free.length, selection: input.accountIds ? 'chosen accounts' : 'the rest' },
      actorLabel: actorLabel(ctx.actor),
    });
    return { wave, userErrors: [] };
  });
}
