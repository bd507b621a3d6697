import type { Db } from '../db/client';
import type { Actor } from '../lib/auth/actor';
import type { OperationContext } from '../lib/context';
import type { Loaders } from './loaders';

/** What every resolver receives. `lib` operations take it as their OperationContext. */
export interface GraphQLContext extends OperationContext {
  db: Db;
  actor: Actor;
  loaders: Loaders;
}
