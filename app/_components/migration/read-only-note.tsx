import type { ReactNode } from 'react';
import { Notice } from '../ui/notice';

/** Says plainly why a write action is missing, instead of leaving a user to look for it. */
export function ReadOnlyNote({ children }: { children: ReactNode }) {
  return (
    <Notice>
      {children} Your role can read migrations but not change them: ask an admin or billing user.
    </Notice>
  );
}
