import { formatDateTime } from '@/app/_components/format';
import { Card } from '@/app/_components/ui/card';
import type { PortalNotice } from '@/lib/portal/types';

/** Notices the provider posted to this account, newest first. */
export function PortalNotices({ notices }: { notices: PortalNotice[] }) {
  return (
    <Card title="Notices">
      {notices.length === 0 ? (
        <p className="text-sm text-slate-500">No notices.</p>
      ) : (
        <ul className="divide-y divide-slate-100" aria-label="Notices">
          {notices.map((notice) => (
            <li key={notice.id} className="py-3 first:pt-0 last:pb-0">
              <p className="text-sm font-medium text-slate-900">{notice.title}</p>
              <p className="mt-0.5 text-xs text-slate-500">
                {formatDateTime(notice.createdAt.toISOString())}
              </p>
              <p className="mt-1 text-sm whitespace-pre-line text-slate-700">{notice.body}</p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
