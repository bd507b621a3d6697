import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { accounts } from '../schema';

export type NewAccount = typeof accounts.$inferInsert;

export async function insertAccount(db: Db, account: NewAccount) {
  const [row] = await db.insert(accounts).values(account).returning();
  if (!row) throw new Error('insert into accounts returned no row');
  return row;
}

export async function getAccountById(db: Db, id: string) {
  const [row] = await db.select().from(accounts).where(eq(accounts.id, id));
  return row ?? null;
}
