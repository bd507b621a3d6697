import type { Db } from '../db/client';
import { getSessionSecret } from '../lib/auth/session-secret';
import { getEnv } from '../lib/env';
import type { GraphQLHandlerOptions } from './http-handler';

export function graphqlHandlerOptions(db: Db): GraphQLHandlerOptions {
  return { db, sessionSecret: getSessionSecret(), maxBodyBytes: getEnv().GRAPHQL_MAX_BODY_BYTES };
}
