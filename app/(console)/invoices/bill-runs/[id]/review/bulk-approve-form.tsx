'use client';

import { useState } from 'react';
import { Card } from '@/app/_components/ui/card';
import { Field, Select, TextInput } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { useMutationForm } from '@/app/_components/use-mutation-form';
import { graphql } from '@/app/_gql';

const BULK_APPROVE = graphql(`
  mutation DraftReviewBulkApprove($input: ApproveDraftsWithOnlyFindingInput!) {
    approveDraftsWithOnlyFinding(input: $input) { approved skipped userErrors { code field message } }
  }
`);

/** "These findings are expected this month": approves every waiting draft held by that check alone. */
export function BulkApproveForm({
  billRunId,
  checks,
  onDone,
}: {
  billRunId: string;
  checks: { code: string; title: string }[];
  onDone: () => void;
}) {
  const [result, setResult] = useState<string | null>(null);
  const { errors, pending, onSubmit } = useMutationForm({
    mutation: BULK_APPROVE,
    toVariables: (values) => ({
      input: { billRunId, code: values.text('code'), reason: values.optionalText('reason') },
    }),
    payload: (data) => data.approveDraftsWithOnlyFinding,
    onDone: (payload) => {
      setResult(
        `${payload.approved} approved and sent${payload.skipped > 0 ? `, ${payload.skipped} decided by someone else meanwhile` : ''}.`,
      );
      onDone();
    },
  });
  return (
    <Card title="Approve all with only one finding">
      <form onSubmit={onSubmit} aria-label="Approve all with only one finding" className="space-y-3">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Held only by" error={errors.code}>
            <Select name="code" aria-label="Finding to approve">
              {checks.map((check) => (
                <option key={check.code} value={check.code}>
                  {check.title}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Why it is expected" error={errors.reason}>
            <TextInput name="reason" />
          </Field>
        </div>
        <p className="text-xs text-slate-500">
          Drafts a reviewer held are left alone; so are drafts with any other holding finding.
        </p>
        {result && (
          <p className="text-sm text-emerald-700" data-testid="bulk-approve-result">
            {result}
          </p>
        )}
        <FormFooter error={errors.form} pending={pending} submit="Approve all" busy="Approving…" />
      </form>
    </Card>
  );
}
