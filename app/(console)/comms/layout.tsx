import type { ReactNode } from 'react';
import { MailSenderWarning } from '@/app/_components/mail-sender-warning';

/** Every communications page can lead to mail: each warns while the sender is a placeholder. */
export default function CommsLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <MailSenderWarning />
      {children}
    </>
  );
}
