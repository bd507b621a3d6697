'use client';

import { formatDateTime } from '@/app/_components/format';
import { graphqlRequest } from '@/app/_components/graphql-client';
import { useCan } from '@/app/_components/permissions';
import { Button } from '@/app/_components/ui/button';
import { ErrorText } from '@/app/_components/ui/error-text';
import { useFormSubmission } from '@/app/_components/use-form-submission';
import { graphql } from '@/app/_gql';

const REFRESH_EVIDENCE = graphql(`
  mutation RefreshProgramEvidence($input: RefreshProgramEvidenceInput!) {
    refreshProgramEvidence(input: $input) {
      program { id evidenceCheckedAt }
      userErrors { code field message }
    }
  }
`);

/**
 * When the evidence checks last ran, and a button to run them now: reading the checklist never
 * re-runs them, so a parallel run, import or bill run shows here once someone refreshes.
 */
export function RefreshEvidenceButton({
  programId,
  checkedAt,
  onRefreshed,
}: {
  programId: string;
  checkedAt: string | null;
  onRefreshed: () => void;
}) {
  const can = useCan();
  const { errors, pending, submit } = useFormSubmission();

  async function refresh() {
    const payload = await submit(async () => {
      const result = await graphqlRequest(REFRESH_EVIDENCE, { input: { programId } });
      return result.refreshProgramEvidence;
    });
    if (payload) onRefreshed();
  }

  return (
    <div className="flex items-center gap-3 pb-1.5 text-sm text-slate-600">
      <span data-testid="evidence-checked-at">
        Evidence checked {checkedAt ? formatDateTime(checkedAt) : 'never'}
      </span>
      {can('refreshProgramEvidence') && (
        <Button variant="secondary" disabled={pending} onClick={refresh}>
          {pending ? 'Checking…' : 'Re-check evidence'}
        </Button>
      )}
      <ErrorText>{errors.form}</ErrorText>
    </div>
  );
}
