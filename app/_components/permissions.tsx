'use client';

import { createContext, type ReactNode, useContext } from 'react';
import type { Operation } from '@/lib/auth/permissions';

const PermittedOperations = createContext<ReadonlySet<string>>(new Set());

/**
 * Hands the signed-in user's permitted operations (from `permittedOperations`, computed by
 * the console layout) to client components, so they hide what the server would refuse.
 * The server still checks every operation: this only decides which buttons show.
 */
export function PermissionsProvider({
  operations,
  children,
}: {
  operations: Operation[];
  children: ReactNode;
}) {
  return <PermittedOperations.Provider value={new Set(operations)}>{children}</PermittedOperations.Provider>;
}

/** Whether the signed-in user may perform an operation, e.g. `useCan()('finalizeInvoice')`. */
export function useCan(): (operation: Operation) => boolean {
  const permitted = useContext(PermittedOperations);
  return (operation) => permitted.has(operation);
}
