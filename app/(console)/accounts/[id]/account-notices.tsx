'use client';

import { formatDateTime } from '@/app/_components/format';
import { Badge } from '@/app/_components/ui/badge';
import { Card } from '@/app/_components/ui/card';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';

const ACCOUNT_NOTICES = graphql(`
  query AccountNotices($id: ID!) {
    notices(accountId: $id) { id channel title body createdAt }
  }
`);

/** What campaigns told this customer in the portal and in the console, newest first. */
export function AccountNotices({ accountId }: { accountId: string }) {
  const { data, error } = useGraphQLQuery(ACCOUNT_NOTICES, { id: accountId });
  const notices = data?.notices ?? [];
  if (error || notices.length === 0) return null;
  return (
    <Card title="Notices">
      <ul className="divide-y divide-slate-100">
        {notices.slice(0, 10).map((notice) => (
          <li key={notice.id} className="py-3">
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-medium text-slate-900">{notice.title}</span>
              <Badge tone="info">{notice.channel === 'PORTAL' ? 'Portal' : 'In app'}</Badge>
              <span className="text-xs text-slate-500">{formatDateTime(notice.createdAt)}</span>
            </div>
            <p className="mt-1 whitespace-pre-line text-sm text-slate-600">
              {notice.body.split('\n--\n')[0]}
            </p>
          </li>
        ))}
      </ul>
    </Card>
  );
}
