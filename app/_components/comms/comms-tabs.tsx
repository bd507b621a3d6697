import { TabBar } from '@/app/_components/ui/tab-bar';

const tabs = [
  { key: 'campaigns', label: 'Campaigns', href: '/comms' },
  { key: 'templates', label: 'Templates', href: '/comms/templates' },
  { key: 'audiences', label: 'Audiences', href: '/comms/audiences' },
  { key: 'outbox', label: 'Outbox', href: '/comms/outbox' },
] as const;

/** The communications area's sections, as tabs under each page's header. */
export function CommsTabs({ current }: { current: (typeof tabs)[number]['key'] }) {
  return <TabBar label="Communications sections" tabs={tabs} current={current} />;
}
