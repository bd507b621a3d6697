import { getUserByEmail, insertUser } from '../../db/queries/users';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import { hashPassword, passwordProblem } from './passwords';
import { authorize } from './permissions';
import type { Role } from './roles';
import type { UserRecord } from './types';
import { parseEmail, parseName } from './user-input';

export interface CreateUserInput {
  email: string;
  name: string;
  role: Role;
  /** Omit for a user who signs in through single sign-on only. */
  password?: string | null | undefined;
}

/**
 * Adds a console user.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admins only)
 */
export async function createUser(
  { db, actor }: OperationContext,
  input: CreateUserInput,
): Promise<{ user: UserRecord | null; userErrors: UserError[] }> {
  authorize(actor, 'createUser');
  const userErrors: UserError[] = [];
  const email = parseEmail(input.email, ['input', 'email']);
  const name = parseName(input.name, ['input', 'name']);
  if ('error' in email) userErrors.push(email.error);
  if ('error' in name) userErrors.push(name.error);
  if (input.password) {
    const problem = passwordProblem(input.password);
    if (problem) userErrors.push(userError('INVALID', ['input', 'password'], problem));
  }
  if ('email' in email && (await getUserByEmail(db, email.email))) {
    userErrors.push(
      userError('TAKEN', ['input', 'email'], `A user with email ${email.email} already exists.`),
    );
  }
  if (userErrors.length > 0 || !('email' in email) || !('name' in name)) return { user: null, userErrors };

  const user = await insertUser(db, {
    email: email.email,
    name: name.name,
    role: input.role,
    passwordHash: input.password ? await hashPassword(input.password) : null,
  });
  return { user, userErrors };
}
