export const roles = ['admin', 'billing', 'program', 'viewer'] as const;
export type Role = (typeof roles)[number];

/** What each role is for, shown in the console's user editor. */
export const roleDescriptions: Record<Role, string> = {
  admin: 'Everything, including users, API keys and settings',
  billing: 'Catalog, accounts, usage, invoices, payments and the migration toolkit',
  program: 'Milestones, checklist, war room and customer communications',
  viewer: 'Reads everything outside settings; changes nothing',
};

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}
