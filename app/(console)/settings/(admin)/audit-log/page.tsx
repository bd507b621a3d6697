import type { Metadata } from 'next';
import { PageHeader } from '@/app/_components/ui/page-header';
import { AuditLog } from './audit-log';

export const metadata: Metadata = { title: 'Audit log' };

export default function AuditLogPage() {
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change made through the API or the console: who made it, what they sent (secrets redacted), and how it ended."
      />
      <AuditLog />
    </>
  );
}
