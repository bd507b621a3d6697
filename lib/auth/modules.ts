/**
 * The areas an operation belongs to. API keys can be limited to some of them; `settings`
 * (users, keys, audit log) is never reachable with a key, and `self` (the viewer) always is.
 */
export const apiModules = [
  'catalog',
  'accounts',
  'usage',
  'invoicing',
  'payments',
  'migration',
  'program',
  'comms',
] as const;
export type ApiModule = (typeof apiModules)[number];

export type OperationModule = ApiModule | 'settings' | 'self';

export function isApiModule(value: string): value is ApiModule {
  return (apiModules as readonly string[]).includes(value);
}
