'use client';

import { useState } from 'react';
import { signOffStatuses, signOffStatusLabels } from '@/app/_components/program/labels';
import { ProgramFrame } from '@/app/_components/program/program-frame';
import { SIGN_OFF_FIELDS, type SignOffRequest, type SignOffStatus } from '@/app/_components/program/types';
import { useProgram } from '@/app/_components/program/use-program';
import { Card } from '@/app/_components/ui/card';
import { Select } from '@/app/_components/ui/field';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { SignOffCard } from './sign-off-card';

interface SignOffsProgram {
  id: string;
  name: string;
  signOffRequests: SignOffRequest[];
}

const INBOX = `{ mySignOffRequests { ${SIGN_OFF_FIELDS} } }`;

/** The sign-off inbox (what waits for the viewer) and every request of the program by status. */
export function SignOffsConsole() {
  const [refresh, setRefresh] = useState(0);
  const [status, setStatus] = useState<SignOffStatus | ''>('');
  const state = useProgram<SignOffsProgram>(`signOffRequests(status: $status) { ${SIGN_OFF_FIELDS} }`, {
    declarations: '$status: SignOffStatus',
    variables: { status: status || null },
    refreshKey: refresh,
  });
  const inbox = useGraphQLQuery<{ mySignOffRequests: SignOffRequest[] }>(INBOX, undefined, refresh);
  const decided = () => setRefresh((n) => n + 1);

  return (
    <ProgramFrame
      title="Sign-offs"
      description="Approvals stamped with the evidence they approve: when the evidence changes, the sign-off is invalidated."
      state={state}
    >
      {(program) => (
        <div className="space-y-6">
          <Card title={`Awaiting my decision (${inbox.data?.mySignOffRequests.length ?? '…'})`}>
            <div data-testid="inbox" className="space-y-3">
              {inbox.error && (
                <p role="alert" className="text-sm text-red-700">
                  {inbox.error}
                </p>
              )}
              {inbox.data && inbox.data.mySignOffRequests.length === 0 && (
                <p className="text-sm text-slate-500">Nothing waits for you.</p>
              )}
              {inbox.data?.mySignOffRequests.map((request) => (
                <SignOffCard key={request.id} request={request} onDecided={decided} inInbox />
              ))}
            </div>
          </Card>
          <Card
            title="All requests"
            actions={
              <Select
                aria-label="Sign-off status"
                className="w-44"
                value={status}
                onChange={(event) => setStatus(event.target.value as SignOffStatus | '')}
              >
                <option value="">Any status</option>
                {signOffStatuses.map((value) => (
                  <option key={value} value={value}>
                    {signOffStatusLabels[value]}
                  </option>
                ))}
              </Select>
            }
          >
            <div data-testid="all-sign-offs" className="space-y-3">
              {program.signOffRequests.length === 0 ? (
                <p className="text-sm text-slate-500">
                  No sign-off requests
                  {status ? ` with status ${signOffStatusLabels[status].toLowerCase()}` : ''}. Request one
                  from a milestone on the roadmap or an item of the checklist.
                </p>
              ) : (
                program.signOffRequests.map((request) => (
                  <SignOffCard key={request.id} request={request} onDecided={decided} />
                ))
              )}
            </div>
          </Card>
        </div>
      )}
    </ProgramFrame>
  );
}
