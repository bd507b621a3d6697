'use client';

import { useState } from 'react';
import { signOffStatuses, signOffStatusLabels } from '@/app/_components/program/labels';
import { ProgramFrame } from '@/app/_components/program/program-frame';
import { useProgram } from '@/app/_components/program/use-program';
import { Card } from '@/app/_components/ui/card';
import { ChoiceSelect } from '@/app/_components/ui/choice-select';
import { ErrorText } from '@/app/_components/ui/error-text';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';
import type { SignOffStatus } from '@/app/_gql/graphql';
import { SignOffCard } from './sign-off-card';

const SIGN_OFFS = graphql(`
  query SignOffs($status: SignOffStatus) {
    program {
      id name
      signOffRequests(status: $status) { ...SignOffCardRequest }
    }
  }
`);

const INBOX = graphql(`
  query SignOffsInbox {
    mySignOffRequests { ...SignOffCardRequest }
  }
`);

/** The sign-off inbox (what waits for the viewer) and every request of the program by status. */
export function SignOffsConsole() {
  const [refresh, setRefresh] = useState(0);
  const [status, setStatus] = useState<SignOffStatus | ''>('');
  const state = useProgram(SIGN_OFFS, { status: status || null }, refresh);
  const inbox = useGraphQLQuery(INBOX, undefined, refresh);
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
              <ErrorText>{inbox.error}</ErrorText>
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
              <ChoiceSelect
                aria-label="Sign-off status"
                className="w-44"
                value={status}
                choices={signOffStatuses}
                labels={signOffStatusLabels}
                emptyLabel="Any status"
                onChange={setStatus}
              />
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
