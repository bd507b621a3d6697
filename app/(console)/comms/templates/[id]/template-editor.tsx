'use client';

import { useState } from 'react';
import { CommsTabs } from '@/app/_components/comms/comms-tabs';
import { CommsReadOnlyNote } from '@/app/_components/comms/read-only-note';
import { formatDateTime } from '@/app/_components/format';
import { useCan } from '@/app/_components/permissions';
import { ButtonLink } from '@/app/_components/ui/button-link';
import { Card } from '@/app/_components/ui/card';
import { PageHeader } from '@/app/_components/ui/page-header';
import { QueryStatus } from '@/app/_components/ui/query-status';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';
import { TemplateForm } from '../template-form';

const TEMPLATE_EDITOR = graphql(`
  query TemplateEditor($id: ID!) {
    messageTemplate(id: $id) {
      id name createdBy createdAt versions { id version subject body createdBy createdAt }
    }
  }
`);

/** One template: edit it (saving the next version) and read every earlier version. */
export function TemplateEditor({ id }: { id: string }) {
  const [refresh, setRefresh] = useState(0);
  const [saved, setSaved] = useState<number | null>(null);
  const { data, error } = useGraphQLQuery(TEMPLATE_EDITOR, { id }, refresh);
  const can = useCan();

  if (error || !data) return <QueryStatus error={error} loading="Loading the template…" />;
  const template = data.messageTemplate;
  if (!template) return <p className="text-sm text-slate-600">No template with this id.</p>;
  const [latest] = template.versions;

  return (
    <>
      <PageHeader
        title={template.name}
        description={`Written by ${template.createdBy} ${formatDateTime(template.createdAt)} · ${template.versions.length} version${template.versions.length === 1 ? '' : 's'}`}
        actions={
          latest &&
          can('createCampaign') && (
            <ButtonLink href={`/comms/campaigns/new?templateVersionId=${latest.id}`}>
              New campaign with v{latest.version}
            </ButtonLink>
          )
        }
      />
      <CommsTabs current="templates" />
      <div className="space-y-6">
        {saved !== null && (
          <p role="status" className="text-sm text-emerald-700">
            Saved as version {saved}.
          </p>
        )}
        {latest &&
          (can('reviseMessageTemplate') ? (
            <Card title={`Edit · saves version ${latest.version + 1}`}>
              <TemplateForm
                key={latest.id}
                templateId={template.id}
                initial={{ subject: latest.subject, body: latest.body }}
                nextVersion={latest.version + 1}
                onSaved={({ version }) => {
                  setSaved(version);
                  setRefresh((n) => n + 1);
                }}
              />
            </Card>
          ) : (
            <CommsReadOnlyNote />
          ))}
        <Card title="Versions, newest first">
          <ol className="space-y-3">
            {template.versions.map((version, index) => (
              <li key={version.id}>
                <details open={index === 0} className="rounded-md ring-1 ring-slate-200">
                  <summary className="flex cursor-pointer flex-wrap items-baseline gap-x-3 gap-y-1 px-4 py-2.5 text-sm">
                    <span className="font-semibold text-slate-800">v{version.version}</span>
                    <span className="min-w-0 flex-1 text-slate-700">{version.subject}</span>
                    <span className="text-xs text-slate-500">
                      {version.createdBy} · {formatDateTime(version.createdAt)}
                    </span>
                  </summary>
                  <pre className="border-t border-slate-100 px-4 py-3 font-sans text-sm whitespace-pre-wrap text-slate-700">
                    {version.body}
                  </pre>
                </details>
              </li>
            ))}
          </ol>
        </Card>
      </div>
    </>
  );
}
