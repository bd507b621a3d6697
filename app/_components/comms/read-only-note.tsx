import type { ReactNode } from 'react';
import { Notice } from '@/app/_components/ui/notice';

/** Says plainly why a write action is missing, instead of leaving a user to look for it. */
export function CommsReadOnlyNote({ children }: { children?: ReactNode }) {
  return (
    <Notice>
      {children ?? 'Your role can read communications but not change them.'} Templates, audiences and
      campaigns are written by admin and program users.
    </Notice>
  );
}
