'use client';

import { type FormEvent, useState } from 'react';
import { formatDateTime } from '@/app/_components/format';
import { graphqlRequest } from '@/app/_components/graphql-client';
import { Badge } from '@/app/_components/ui/badge';
import { Button } from '@/app/_components/ui/button';
import { Field, TextInput } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { useFormSubmission } from '@/app/_components/use-form-submission';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';

const USER_SESSIONS = graphql(`
  query UserDetailsSessions($userId: ID!) {
    userSessions(userId: $userId) { id method createdAt expiresAt revokedAt lastSeenAt userAgent isLive }
  }
`);
const END_USER_SESSION = graphql(`
  mutation UserDetailsEndSession($input: RevokeUserSessionsInput!) {
    revokeUserSessions(input: $input) { revokedCount }
  }
`);
const SET_USER_PASSWORD = graphql(`
  mutation UserDetailsSetPassword($input: SetUserPasswordInput!) {
    setUserPassword(input: $input) { userErrors { code field message } }
  }
`);

/** A user's recent sign-ins (each can be ended) and a password reset. */
export function UserDetails({
  userId,
  email,
  onChanged,
}: {
  userId: string;
  email: string;
  onChanged: () => Promise<void>;
}) {
  const { data, reload } = useGraphQLQuery(USER_SESSIONS, { userId });
  const [message, setMessage] = useState<string | null>(null);
  const passwordSubmission = useFormSubmission();

  async function endSession(sessionId: string) {
    await graphqlRequest(END_USER_SESSION, { input: { userId, sessionId } });
    await reload();
  }

  async function setPassword(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const password = String(new FormData(formElement).get('password') ?? '');
    setMessage(null);
    const payload = await passwordSubmission.submit(
      async () =>
        (await graphqlRequest(SET_USER_PASSWORD, { input: { id: userId, password: password || null } }))
          .setUserPassword,
    );
    if (payload) {
      setMessage(
        password ? `New password set for ${email}.` : `${email} now signs in with single sign-on only.`,
      );
      formElement.reset();
    }
    await onChanged();
  }

  const sessions = data?.userSessions ?? [];
  return (
    <div className="grid gap-6 bg-slate-50 px-4 py-4 md:grid-cols-3">
      <div className="md:col-span-2">
        <h3 className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">Recent sign-ins</h3>
        {sessions.length === 0 && <p className="text-sm text-slate-500">Never signed in.</p>}
        <ul className="space-y-1.5">
          {sessions.map((session) => (
            <li key={session.id} className="flex items-center gap-3 text-sm">
              {session.isLive ? (
                <Badge tone="good">live</Badge>
              ) : (
                <Badge>{session.revokedAt ? 'ended' : 'expired'}</Badge>
              )}
              <span className="text-slate-700">
                {formatDateTime(session.createdAt)} by {session.method}
              </span>
              <span className="truncate text-xs text-slate-400" title={session.userAgent ?? ''}>
                last seen {formatDateTime(session.lastSeenAt)}
              </span>
              {session.isLive && (
                <Button variant="ghost" className="ml-auto" onClick={() => endSession(session.id)}>
                  End
                </Button>
              )}
            </li>
          ))}
        </ul>
      </div>
      <form onSubmit={setPassword} aria-label={`Set password of ${email}`} className="space-y-2">
        <Field
          label="New password"
          error={passwordSubmission.errors.password ?? passwordSubmission.errors.id}
          hint="12+ characters; empty removes password sign-in"
        >
          <TextInput name="password" type="password" autoComplete="new-password" />
        </Field>
        <FormFooter
          error={passwordSubmission.errors.form}
          pending={passwordSubmission.pending}
          submit="Set password"
          busy="Setting…"
        />
        {message && (
          <p role="status" className="text-xs text-slate-600">
            {message}
          </p>
        )}
      </form>
    </div>
  );
}
