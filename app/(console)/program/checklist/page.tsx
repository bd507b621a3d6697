import type { Metadata } from 'next';
import { ChecklistConsole } from './checklist-console';

export const metadata: Metadata = { title: 'Go-live checklist' };

export default function Page() {
  return <ChecklistConsole />;
}
