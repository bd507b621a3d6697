'use client';

import type { ReactNode } from 'react';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { type CurrentProgram, useCurrentProgram } from './use-current-program';

/** Renders a program page for the current program, or says plainly that there is none yet. */
export function ProgramGate({ children }: { children: (program: CurrentProgram) => ReactNode }) {
  const { program, loading } = useCurrentProgram();
  if (loading) return <p className="text-sm text-slate-500">Loading the program…</p>;
  if (!program)
    return (
      <EmptyState title="No migration program yet">
        The registers belong to a migration program. Once a program is started, its risks, RACI, training and
        decisions are kept here.
      </EmptyState>
    );
  return <>{children(program)}</>;
}
