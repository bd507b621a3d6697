'use client';

import type { ReactNode } from 'react';
import { PageHeader } from '@/app/_components/ui/page-header';
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
  children,
}: {
  title: string;
  description: ReactNode;
  state: { program: TProgram | null; loaded: boolean; error: string | null; reload: () => void };
  actions?: ReactNode;
  children: (program: TProgram) => ReactNode;
}) {
  const { program, loaded, error, reload } = state;
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
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : !loaded ? (
        <p className="text-sm text-slate-500">Loading the program…</p>
      ) : program ? (
        children(program)
      ) : (
        <NoProgram onStarted={reload} />
      )}
    </>
  );
}
