import { asc, eq } from 'drizzle-orm';
import { users } from '../../db/schema';
import type { OperationContext } from '../context';
import { authorize } from './permissions';

/** Someone who can own work: name and email, nothing an admin keeps to themselves. */
export interface Person {
  id: string;
  name: string;
  email: string;
}

/** How many people a picker is offered at most. */
const MAX_PEOPLE = 500;

/**
 * The active console users by name, to pick owners, leads and assignees from. Every role may
 * read it (project managers assign work to billing staff), and API keys with the program
 * module; roles and sessions stay behind `users`, which is for admins.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (a key without the program module)
 */
export async function listPeople({ db, actor }: OperationContext): Promise<Person[]> {
  authorize(actor, 'people');
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(eq(users.isActive, true))
    .orderBy(asc(users.name), asc(users.email))
    .limit(MAX_PEOPLE);
}
