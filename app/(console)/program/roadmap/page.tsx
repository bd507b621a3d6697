import type { Metadata } from 'next';
import { RoadmapConsole } from './roadmap-console';

export const metadata: Metadata = { title: 'Roadmap' };

export default function Page() {
  return <RoadmapConsole />;
}
