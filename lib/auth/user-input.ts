import { z } from 'zod';
import { type UserError, userError } from '../errors';

const emailSchema = z.email().max(254);

/** Normalised email, or a userError for the given field. */
export function parseEmail(raw: string, field: string[]): { email: string } | { error: UserError } {
  const email = raw.trim().toLowerCase();
  if (!email) return { error: userError('REQUIRED', field, 'Enter an email address.') };
  if (!emailSchema.safeParse(email).success) {
    return { error: userError('INVALID', field, `"${raw}" is not an email address.`) };
  }
  return { email };
}

export function parseName(raw: string, field: string[]): { name: string } | { error: UserError } {
  const name = raw.trim();
  if (!name) return { error: userError('REQUIRED', field, 'Enter a name.') };
  if (name.length > 200) return { error: userError('INVALID', field, 'Use at most 200 characters.') };
  return { name };
}
