import type { ReactNode } from 'react';

/** Says plainly why a write action is missing, instead of leaving a user to look for it. */
export function ReadOnlyNote({ children }: { children: ReactNode }) {
  return (
    <p className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-600 ring-1 ring-slate-200">
      {children} Your role can read migrations but not change them: ask an admin or billing user.
    </p>
  );
}
