import { z } from 'zod';
import { mailDomain } from './message-id';

const addressSchema = z.email().max(254);

/**
 * The address of a mailbox written as a bare address or `Name <address>`
 * ("Acme Billing <billing@acme.example>" → "billing@acme.example"); null when it holds no
 * valid address.
 */
export function mailboxAddress(mailbox: string): string | null {
  const trimmed = mailbox.trim();
  const bracketed = /^[^<>]*<([^<>]+)>$/.exec(trimmed);
  const address = (bracketed ? bracketed[1] : trimmed)?.trim() ?? '';
  return addressSchema.safeParse(address).success ? address : null;
}

/** Domains reserved for documentation and testing (RFC 2606, RFC 6761): no real inbox lives there. */
const RESERVED_SECOND_LEVEL = ['example.com', 'example.org', 'example.net'];
const RESERVED_TOP_LEVEL = ['localhost', 'example', 'test', 'invalid'];

/**
 * Whether mail from this sender cannot be what customers should see or reply to: the default
 * `billing@localhost`, a reserved domain (example.com/.org/.net, *.example, *.test,
 * *.invalid, *.localhost), a domain without a dot, or no usable address at all.
 */
export function isPlaceholderSender(from: string): boolean {
  // mailDomain answers "localhost" for a sender without a usable domain.
  const domain = mailDomain(from);
  if (!domain.includes('.')) return true;
  const topLevel = domain.slice(domain.lastIndexOf('.') + 1);
  if (RESERVED_TOP_LEVEL.includes(topLevel)) return true;
  return RESERVED_SECOND_LEVEL.some((reserved) => domain === reserved || domain.endsWith(`.${reserved}`));
}
