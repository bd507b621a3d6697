'use client';

import { useEffect, useState } from 'react';
import { formatDateTime } from '@/app/_components/format';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { Field, TextArea } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { useMutationForm } from '@/app/_components/use-mutation-form';
import { graphql } from '@/app/_gql';
import type { ProgramStatusReportFragment } from '@/app/_gql/graphql';

/** A saved weekly status report. */
export const PROGRAM_STATUS_REPORT = graphql(`
  fragment ProgramStatusReport on StatusReport { id coversUntil body author createdAt }
`);

const SAVE = graphql(`
  mutation ProgramSaveStatusReport($input: SaveStatusReportInput!) {
    saveStatusReport(input: $input) {
      report { id }
      userErrors { code field message }
    }
  }
`);

/** The latest saved status report, as sent. */
export function LatestStatusReport({ report }: { report: ProgramStatusReportFragment | undefined }) {
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
  const [body, setBody] = useState(draft);
  const [saved, setSaved] = useState(false);
  const { errors, pending, onSubmit } = useMutationForm({
    mutation: SAVE,
    toVariables: () => ({ input: { programId, body } }),
    payload: (data) => data.saveStatusReport,
    onDone: () => {
      setSaved(true);
      onSaved();
    },
  });
  useEffect(() => setBody(draft), [draft]);

  return (
    <Card
      title="Draft this week's update"
      actions={
        <Button variant="ghost" onClick={() => setBody(draft)} disabled={body === draft}>
          Reset to draft
        </Button>
      }
    >
      <form
        aria-label="This week's update"
        className="space-y-3"
        onSubmit={(event) => {
          setSaved(false);
          void onSubmit(event);
        }}
      >
        <Field
          label="Update"
          error={errors.body}
          hint="Drafted from what changed since the last report; edit it before saving."
        >
          <TextArea
            rows={10}
            value={body}
            required
            onChange={(event) => setBody(event.target.value)}
            className="font-mono text-xs"
          />
        </Field>
        {saved && (
          <p role="status" className="text-sm text-emerald-700">
            Saved as the latest status report.
          </p>
        )}
        <FormFooter error={errors.form} pending={pending} submit="Save status report" busy="Saving…" />
      </form>
    </Card>
  );
}
