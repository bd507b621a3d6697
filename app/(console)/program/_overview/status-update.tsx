'use client';

import { useEffect, useState } from 'react';
import { formatDateTime } from '@/app/_components/format';
import { graphqlRequest, type UserErrorData } from '@/app/_components/graphql-client';
import { useCan } from '@/app/_components/permissions';
import type { StatusReport } from '@/app/_components/program/types';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { TextArea } from '@/app/_components/ui/field';
import { useFormSubmission } from '@/app/_components/use-form-submission';

const SAVE = `mutation SaveStatusReport($input: SaveStatusReportInput!) { saveStatusReport(input: $input) { report { id } userErrors { code field message } } }`;

/** The latest saved status report, as sent. */
export function LatestStatusReport({ report }: { report: StatusReport | undefined }) {
  return (
    <Card title="Latest status report">
      {report ? (
        <>
          <p className="mb-2 text-xs text-slate-500">
            By {report.author}, covering until {formatDateTime(report.coversUntil)}
          </p>
          <div
            className="max-h-72 overflow-y-auto text-sm whitespace-pre-line text-slate-700"
            data-testid="latest-report"
          >
            {report.body}
          </div>
        </>
      ) : (
        <p className="text-sm text-slate-500">No status report saved yet: draft this week&apos;s update.</p>
      )}
    </Card>
  );
}

/** This week's update, drafted by the server from what changed since the last one, edited and saved. */
export function DraftStatusUpdate({
  programId,
  draft,
  onSaved,
}: {
  programId: string;
  draft: string;
  onSaved: () => void;
}) {
  const can = useCan();
  const [body, setBody] = useState(draft);
  const [saved, setSaved] = useState(false);
  const { errors, pending, submit } = useFormSubmission();
  useEffect(() => setBody(draft), [draft]);

  return (
    <Card title="Draft this week's update">
      <form
        aria-label="This week's update"
        onSubmit={async (event) => {
          event.preventDefault();
          setSaved(false);
          const payload = await submit(async () => {
            const result = await graphqlRequest<{ saveStatusReport: { userErrors: UserErrorData[] } }>(SAVE, {
              input: { programId, body },
            });
            return result.saveStatusReport;
          });
          if (payload) {
            setSaved(true);
            onSaved();
          }
        }}
      >
        <p className="mb-2 text-xs text-slate-500">
          Drafted from what changed since the last report; edit it before saving.
        </p>
        <TextArea
          aria-label="Update"
          rows={10}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          className="font-mono text-xs"
        />
        {(errors.body ?? errors.form) && (
          <p role="alert" className="mt-2 text-sm text-red-700">
            {errors.body ?? errors.form}
          </p>
        )}
        {saved && (
          <p role="status" className="mt-2 text-sm text-emerald-700">
            Saved as the latest status report.
          </p>
        )}
        {can('saveStatusReport') && (
          <div className="mt-3 flex gap-2">
            <Button type="submit" disabled={pending || body.trim() === ''}>
              {pending ? 'Saving…' : 'Save status report'}
            </Button>
            <Button variant="ghost" onClick={() => setBody(draft)} disabled={body === draft}>
              Reset to draft
            </Button>
          </div>
        )}
      </form>
    </Card>
  );
}
