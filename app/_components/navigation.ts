/** Every console area, in the order of the sidebar. `adminOnly` areas are hidden from other roles. */
export interface NavItem {
  href: string;
  label: string;
  adminOnly?: boolean;
  /** Sub-pages, listed indented under the item. */
  children?: NavItem[];
}

export const navigation: { section: string; items: NavItem[] }[] = [
  { section: '', items: [{ href: '/', label: 'Overview' }] },
  {
    section: 'Billing',
    items: [
      { href: '/catalog', label: 'Catalog' },
      { href: '/accounts', label: 'Accounts' },
      { href: '/usage', label: 'Usage' },
      { href: '/invoices', label: 'Invoices' },
      {
        href: '/receivables',
        label: 'Receivables',
        children: [{ href: '/receivables/dunning-policies', label: 'Dunning policies' }],
      },
    ],
  },
  { section: 'Migration', items: [{ href: '/migration', label: 'Imports & parallel runs' }] },
  {
    section: 'Program',
    items: [
      { href: '/program', label: 'Overview' },
      { href: '/program/charter', label: 'Charter' },
      { href: '/program/roadmap', label: 'Roadmap' },
      { href: '/program/checklist', label: 'Checklist' },
      { href: '/program/sign-offs', label: 'Sign-offs' },
      { href: '/program/go-no-go', label: 'Go/no-go' },
      { href: '/program/risks', label: 'Risks' },
      { href: '/program/raci', label: 'RACI' },
      { href: '/program/training', label: 'Training' },
      { href: '/program/decisions', label: 'Decisions' },
      { href: '/war-room', label: 'War room' },
      {
        href: '/comms',
        label: 'Communications',
        children: [
          { href: '/comms/templates', label: 'Templates' },
          { href: '/comms/audiences', label: 'Audiences' },
          { href: '/comms/outbox', label: 'Outbox' },
        ],
      },
    ],
  },
  {
    section: 'Settings',
    items: [
      { href: '/settings/billing', label: 'Billing' },
      { href: '/settings/checks', label: 'Draft checks' },
      { href: '/settings/users', label: 'Users', adminOnly: true },
      { href: '/settings/api-keys', label: 'API keys', adminOnly: true },
      { href: '/settings/audit-log', label: 'Audit log', adminOnly: true },
    ],
  },
];
