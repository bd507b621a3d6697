import type { ReactNode } from 'react';
import { cn } from './cn';

/**
 * A failure the user should read (a request that failed, a refused action), announced as an
 * alert. Renders nothing when there is nothing to say, so `<ErrorText>{error}</ErrorText>`
 * needs no guard.
 */
export function ErrorText({ children, className }: { children: ReactNode; className?: string }) {
  if (!children) return null;
  return (
    <p role="alert" className={cn('text-sm text-red-700', className)}>
      {children}
    </p>
  );
}
