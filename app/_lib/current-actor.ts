import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import type { Actor } from '@/lib/auth/actor';
import { resolveRequestActor } from '@/lib/auth/resolve-request-actor';
import { getSessionSecret } from '@/lib/auth/session-secret';

/** The console user behind this request, checked against the session table (so revocation applies at once). */
export async function getConsoleActor(): Promise<Actor> {
  const requestHeaders = new Headers(await headers());
  // Pages are for people: a bearer key is an API concern, so only the session cookie counts here.
  requestHeaders.delete('authorization');
  return resolveRequestActor(await getDb(), requestHeaders, getSessionSecret(), 'ignore');
}

/** For console pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireConsoleUser(): Promise<Extract<Actor, { kind: 'user' }>> {
  const actor = await getConsoleActor();
  if (actor.kind !== 'user') redirect('/sign-in');
  return actor;
}
