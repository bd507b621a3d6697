import { and, count, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { users } from '../schema';
import { newestFirst, olderThan } from './keyset';
import { containsPattern } from './like-pattern';

export type NewUser = typeof users.$inferInsert;
export type UserPatch = Partial<
  Pick<NewUser, 'name' | 'role' | 'isActive' | 'passwordHash' | 'lastSignInAt'>
>;

export async function insertUser(db: Db, user: NewUser) {
  const [row] = await db.insert(users).values(user).returning();
  if (!row) throw new Error('insert into users returned no row');
  return row;
}

export async function getUserById(db: Db, id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row ?? null;
}

export async function getUserByEmail(db: Db, email: string) {
  const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  return row ?? null;
}

export async function updateUserById(db: Db, id: string, patch: UserPatch) {
  const [row] = await db.update(users).set(patch).where(eq(users.id, id)).returning();
  return row ?? null;
}

export async function countActiveAdmins(db: Db): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.isActive, true)));
  return row?.n ?? 0;
}

export async function countUsers(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users);
  return row?.n ?? 0;
}

export interface UserListFilter {
  search?: string | undefined;
  role?: NewUser['role'] | undefined;
  isActive?: boolean | undefined;
}

export async function listUsers(
  db: Db,
  options: { limit: number; after?: { createdAt: Date; id: string } | undefined; filter: UserListFilter },
) {
  const { filter } = options;
  const conditions: (SQL | undefined)[] = [olderThan(users.createdAt, users.id, options.after)];
  if (filter.search) {
    const pattern = containsPattern(filter.search);
    conditions.push(or(ilike(users.email, pattern), ilike(users.name, pattern)));
  }
  if (filter.role) conditions.push(eq(users.role, filter.role));
  if (filter.isActive !== undefined) conditions.push(eq(users.isActive, filter.isActive));
  return db
    .select()
    .from(users)
    .where(and(...conditions))
    .orderBy(...newestFirst(users.createdAt, users.id))
    .limit(options.limit + 1);
}

export async function getUsersByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(users)
    .where(inArray(users.id, [...ids]));
}
