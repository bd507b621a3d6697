import type { Db } from '../db/client';
import type { Actor } from './auth/actor';

/** What every domain operation receives: a database (or transaction) and who is asking. */
export interface OperationContext {
  db: Db;
  actor: Actor;
}
