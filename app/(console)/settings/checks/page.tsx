import type { Metadata } from 'next';
import { CheckSettings } from './check-settings';

export const metadata: Metadata = { title: 'Draft checks' };

export default function DraftChecksPage() {
  return <CheckSettings />;
}
