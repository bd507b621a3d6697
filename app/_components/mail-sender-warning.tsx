'use client';

import { graphql } from '@/app/_gql';
import { Notice } from './ui/notice';
import { useGraphQLQuery } from './use-graphql-query';

const MAIL_SENDER_WARNING = graphql(`
  query MailSenderWarning {
    mailSettings { from isPlaceholderSender }
  }
`);

/**
 * An amber warning wherever mail is sent while the sender (MAIL_FROM) is still a
 * placeholder such as the default billing@localhost: customers' providers reject or bin such
 * mail, and their replies go nowhere. Shows nothing once the sender is real.
 */
export function MailSenderWarning() {
  const { data } = useGraphQLQuery(MAIL_SENDER_WARNING);
  if (!data?.mailSettings.isPlaceholderSender) return null;
  return (
    <Notice tone="warn" className="mb-4">
      Mail goes out as <strong>{data.mailSettings.from}</strong>, a placeholder: set{' '}
      <code className="font-mono text-xs">MAIL_FROM</code> to your billing address before sending to
      customers.
    </Notice>
  );
}
