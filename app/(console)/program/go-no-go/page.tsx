import type { Metadata } from 'next';
import { GoNoGoConsole } from './go-no-go-console';

export const metadata: Metadata = { title: 'Go/no-go' };

export default function Page() {
  return <GoNoGoConsole />;
}
