import type { ReactNode } from 'react';

/** Says plainly why a write action is missing, instead of leaving a user to look for it. */
export function CommsReadOnlyNote({ children }: { children?: ReactNode }) {
  return (
    <p className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-600 ring-1 ring-slate-200">
      {children ?? 'Your role can read communications but not change them.'} Templates, audiences and
      campaigns are written by admin and program users.
    </p>
  );
}
