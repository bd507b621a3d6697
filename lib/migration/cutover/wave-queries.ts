import {
  countWaveAccounts,
  getWaveById,
  listCutoverEvents,
  listWaveAccounts,
  listWavesOfImport,
} from '../../../db/queries/cutover';
import type { CutoverWaveRow } from '../../../db/schema';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';
import { isUuid } from '../../uuid';

/** An import's waves, pilot first. @throws AppError UNAUTHENTICATED, FORBIDDEN */
export async function listCutoverWaves(
  { db, actor }: OperationContext,
  importId: string,
): Promise<CutoverWaveRow[]> {
  authorize(actor, 'cutoverWaves');
  return isUuid(importId) ? listWavesOfImport(db, importId) : [];
}

/** @throws AppError UNAUTHENTICATED, FORBIDDEN */
export async function getCutoverWave(
  { db, actor }: OperationContext,
  id: string,
): Promise<CutoverWaveRow | null> {
  authorize(actor, 'cutoverWave');
  return isUuid(id) ? getWaveById(db, id) : null;
}

/** A wave's accounts with their carried-over documents. @throws AppError UNAUTHENTICATED, FORBIDDEN */
export async function listAccountsOfWave({ db, actor }: OperationContext, waveId: string) {
  authorize(actor, 'cutoverWave');
  return listWaveAccounts(db, waveId);
}

/** The record of a wave: created, cut over, rolled back… @throws AppError UNAUTHENTICATED, FORBIDDEN */
export async function listWaveEvents({ db, actor }: OperationContext, waveId: string) {
  authorize(actor, 'cutoverWave');
  return listCutoverEvents(db, waveId);
}

export type WaveAccountRow = Awaited<ReturnType<typeof listWaveAccounts>>[number];

/** Accounts per wave, for a list of waves. */
export async function countAccountsOfWaves({ db }: OperationContext, waveIds: readonly string[]) {
  return countWaveAccounts(db, waveIds);
}
