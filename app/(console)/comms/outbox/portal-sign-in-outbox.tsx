'use client';

import { formatDateTime } from '@/app/_components/format';
import { useCan } from '@/app/_components/permissions';
import { Card } from '@/app/_components/ui/card';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';

const PORTAL_SIGN_IN_OUTBOX = graphql(`
  query PortalSignInOutbox {
    portalSignInOutbox(first: 20) { id recipient text createdAt }
  }
`);

/**
 * Customer portal sign-in emails kept without a mail server: for an admin trying the portal
 * before SMTP_URL is set. Only admins are shown them; each link signs the customer in.
 */
export function PortalSignInOutbox() {
  const can = useCan();
  return can('portalSignInOutbox') ? <SignInEmails /> : null;
}

function SignInEmails() {
  const { data, error } = useGraphQLQuery(PORTAL_SIGN_IN_OUTBOX);
  if (error || !data || data.portalSignInOutbox.length === 0) return null;
  return (
    <Card title="Customer portal sign-in links" className="mt-6">
      <p className="mb-3 text-xs text-slate-500">
        Kept here because no mail server is configured. Each link signs that customer in to the portal, once:
        only admins see them.
      </p>
      <ul className="divide-y divide-slate-100" aria-label="Customer portal sign-in links">
        {data.portalSignInOutbox.map((email) => (
          <li key={email.id} className="py-2.5">
            <p className="text-sm font-medium text-slate-800">
              {email.recipient}{' '}
              <span className="text-xs font-normal text-slate-500">{formatDateTime(email.createdAt)}</span>
            </p>
            <pre className="mt-1 font-sans text-xs break-all whitespace-pre-wrap text-slate-600">
              {email.text}
            </pre>
          </li>
        ))}
      </ul>
    </Card>
  );
}
