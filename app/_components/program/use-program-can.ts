'use client';

import { useCan } from '@/app/_components/permissions';
import type { Operation } from '@/lib/auth/permissions';

/** The program's write operations (GraphQL root fields) the console shows buttons for. */
export type ProgramOperation =
  | 'createProgram'
  | 'updateCharter'
  | 'saveMilestone'
  | 'saveChecklistItem'
  | 'requestSignOff'
  | 'decideSignOff'
  | 'createGoNoGoReview'
  | 'castGoNoGoVote'
  | 'decideGoNoGo'
  | 'saveStatusReport'
  | 'users';

/**
 * `useCan` for the program's operations. The cast lets the console build before the program's
 * rules land in the permission matrix; an operation missing from it is simply not permitted.
 */
export function useProgramCan(): (operation: ProgramOperation) => boolean {
  const can = useCan();
  return (operation) => can(operation as Operation);
}
