import type { Metadata } from 'next';
import { CharterConsole } from './charter-console';

export const metadata: Metadata = { title: 'Charter' };

export default function Page() {
  return <CharterConsole />;
}
