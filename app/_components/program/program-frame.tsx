'use client';

import type { ReactNode } from 'react';
import { PageHeader } from '@/app/_components/ui/page-header';
import type { Operation } from '@/lib/auth/permissions';
import { useCan } from '../permissions';
import { ErrorText } from '../ui/error-text';
import { Notice } from '../ui/notice';
import { NoProgram } from './start-program';

/**
 * The frame of every program page: its header, then the error, a loading line, the
 * "start a program" empty state, or the page itself with the loaded program.
 */
export function ProgramFrame<TProgram extends { id: string; name: string }>({
  title,
  description,
  state,
  actions,
  writeOperation,
  children,
}: {
  title: string;
  description: ReactNode;
  state: { program: TProgram | null; loaded: boolean; error: string | null; reload: () => void };
  actions?: ReactNode;
  /** The page's main change; a role that cannot make it is told why the buttons are missing. */
  writeOperation?: Operation;
  children: (program: TProgram) => ReactNode;
}) {
  const { program, loaded, error, reload } = state;
  const can = useCan();
  return (
    <>
      <PageHeader
        title={title}
        description={
          program ? (
            <>
              {program.name} · {description}
            </>
          ) : (
            description
          )
        }
        actions={program ? actions : undefined}
      />
      {error && !program ? (
        <ErrorText>{error}</ErrorText>
      ) : !loaded ? (
        <p className="text-sm text-slate-500">Loading the program…</p>
      ) : program ? (
        <>
          {writeOperation && !can(writeOperation) && (
            <Notice className="mb-4">
              You can read the program; changing it here is for project managers and admins.
              {can('decideSignOff') && ' Sign-offs that name you or your role wait in the sign-offs inbox.'}
            </Notice>
          )}
          {children(program)}
        </>
      ) : (
        <NoProgram onStarted={reload} />
      )}
    </>
  );
}
