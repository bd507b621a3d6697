import { sql } from 'drizzle-orm';
import { boolean, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './columns';

export const roleEnum = pgEnum('role', ['admin', 'billing', 'program', 'viewer']);
export const apiKeyScopeEnum = pgEnum('api_key_scope', ['read', 'read_write']);

/** Console users. A user without a password signs in through single sign-on only. */
export const users = pgTable(
  'users',
  {
    id: id(),
    /** Stored lower-cased; unique. */
    email: text().notNull(),
    name: text().notNull(),
    role: roleEnum().notNull(),
    /** argon2id PHC string; null for SSO-only users. */
    passwordHash: text(),
    isActive: boolean().notNull().default(true),
    lastSignInAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('users_email_key').on(t.email), index('users_created_at_idx').on(t.createdAt, t.id)],
);

/**
 * One row per console sign-in. The session JWT carries this row's id, so an admin can end a
 * session before its expiry by setting `revoked_at`.
 */
export const userSessions = pgTable(
  'user_sessions',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** How the user signed in: `password` or `oidc`. */
    method: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
    revokedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    lastSeenAt: timestamp({ withTimezone: true }),
    userAgent: text(),
    createdAt: createdAt(),
  },
  (t) => [index('user_sessions_user_idx').on(t.userId, t.createdAt)],
);

/** Keys for partner apps. Only a SHA-256 of the secret is stored; the secret is shown once. */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: id(),
    name: text().notNull(),
    /** The first characters of the secret, shown in lists so a key can be recognised. */
    prefix: text().notNull(),
    secretHash: text().notNull(),
    scope: apiKeyScopeEnum().notNull(),
    /** Modules the key may use; empty means every module a key can reach. */
    modules: text().array().notNull().default(sql`'{}'::text[]`),
    createdById: uuid().references(() => users.id, { onDelete: 'set null' }),
    revokedAt: timestamp({ withTimezone: true }),
    revokedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    lastUsedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('api_keys_secret_hash_key').on(t.secretHash),
    index('api_keys_created_at_idx').on(t.createdAt, t.id),
  ],
);
