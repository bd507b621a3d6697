import type { ReactNode } from 'react';

/** A failure the user should read (a request that failed, a refused action), announced as an alert. */
export function ErrorText({ children }: { children: ReactNode }) {
  if (!children) return null;
  return (
    <p role="alert" className="text-sm text-red-700">
      {children}
    </p>
  );
}
