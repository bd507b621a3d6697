import type { InferSelectModel } from 'drizzle-orm';
import type { apiKeys, userSessions, users } from '../../db/schema';

export type UserRecord = InferSelectModel<typeof users>;
export type ApiKeyRecord = InferSelectModel<typeof apiKeys>;
export type SessionRecord = InferSelectModel<typeof userSessions>;

export type ApiKeyScope = ApiKeyRecord['scope'];
