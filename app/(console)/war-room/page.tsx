import type { Metadata } from 'next';
import { requireConsoleUser } from '@/app/_lib/current-actor';
import { PointOfContactCard } from './point-of-contact-card';
import { WarRoomView } from './war-room-view';

export const metadata: Metadata = { title: 'War room' };

export default async function WarRoomPage() {
  const actor = await requireConsoleUser();
  return <WarRoomView viewerId={actor.user.id} extraCards={<PointOfContactCard />} />;
}
