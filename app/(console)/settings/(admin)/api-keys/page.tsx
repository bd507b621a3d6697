import type { Metadata } from 'next';
import { PageHeader } from '@/app/_components/ui/page-header';
import { ApiKeysManager } from './api-keys-manager';

export const metadata: Metadata = { title: 'API keys' };

export default function ApiKeysPage() {
  return (
    <>
      <PageHeader
        title="API keys"
        description={
          <>
            Keys let partner apps use the GraphQL API at{' '}
            <code className="font-mono text-xs">/api/graphql</code> with{' '}
            <code className="font-mono text-xs">Authorization: Bearer &lt;key&gt;</code>. A key is shown once,
            stored only as a hash, and never reaches users, keys or the audit log.
          </>
        }
      />
      <ApiKeysManager />
    </>
  );
}
