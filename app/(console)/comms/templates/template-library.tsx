'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { CommsReadOnlyNote } from '@/app/_components/comms/read-only-note';
import { formatDateTime } from '@/app/_components/format';
import { useCan } from '@/app/_components/permissions';
import { Card } from '@/app/_components/ui/card';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { ErrorText } from '@/app/_components/ui/error-text';
import { Cell, Table } from '@/app/_components/ui/table';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';
import { TemplateForm } from './template-form';

const TEMPLATE_LIBRARY = graphql(`
  query TemplateLibrary {
    messageTemplates { id name createdBy latest { version subject createdAt createdBy } }
  }
`);

/** The templates, and a form to write a new one for those who may. */
export function TemplateLibrary() {
  const { data, error } = useGraphQLQuery(TEMPLATE_LIBRARY);
  const can = useCan();
  const router = useRouter();
  const canWrite = can('createMessageTemplate');

  return (
    <div className="space-y-6">
      <ErrorText>{error}</ErrorText>
      {!data && !error && <p className="text-sm text-slate-500">Loading templates…</p>}
      {data &&
        (data.messageTemplates.length === 0 ? (
          <EmptyState title="No templates yet">
            A template is the message itself: a subject and a body with {'{{variables}}'} such as the
            account’s name and its cutover date.{' '}
            {canWrite ? 'Write the first one below.' : 'A program user writes them.'}
          </EmptyState>
        ) : (
          <Card title={`Templates · ${data.messageTemplates.length}`}>
            <Table head={['Name', 'Latest subject', 'Version', 'Last edited']}>
              {data.messageTemplates.map((template) => (
                <tr key={template.id}>
                  <Cell className="whitespace-nowrap">
                    <Link
                      href={`/comms/templates/${template.id}`}
                      className="font-medium text-brand-700 hover:underline"
                    >
                      {template.name}
                    </Link>
                  </Cell>
                  <Cell className="max-w-md truncate">{template.latest.subject}</Cell>
                  <Cell>v{template.latest.version}</Cell>
                  <Cell className="whitespace-nowrap text-xs text-slate-500">
                    {formatDateTime(template.latest.createdAt)} · {template.latest.createdBy}
                  </Cell>
                </tr>
              ))}
            </Table>
          </Card>
        ))}
      {canWrite ? (
        <Card title="New template">
          <div id="new">
            <TemplateForm onSaved={(template) => router.push(`/comms/templates/${template.id}`)} />
          </div>
        </Card>
      ) : (
        <CommsReadOnlyNote />
      )}
    </div>
  );
}
