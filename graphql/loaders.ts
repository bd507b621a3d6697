import DataLoader from 'dataloader';
import type { Db } from '../db/client';
import { loadUsersByIds } from '../lib/auth/load-users-by-ids';

/** Per-request batching, so a list resolving a related object costs one query, not one per row. */
export function createLoaders(db: Db) {
  return {
    userById: new DataLoader((ids: readonly string[]) => loadUsersByIds(db, ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
