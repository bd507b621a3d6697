import type { Metadata } from 'next';
import { SignOffsConsole } from './sign-offs-console';

export const metadata: Metadata = { title: 'Sign-offs' };

export default function Page() {
  return <SignOffsConsole />;
}
