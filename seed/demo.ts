import type { Db } from '../db/client';
import { getOrganizationRow } from '../db/queries/organization';
import { countUsers } from '../db/queries/users';
import type { Role } from '../lib/auth/roles';
import { seedDemoAutopilot } from './demo-autopilot';
import { seedDemoBilling, seedDemoNovemberBilling } from './demo-billing';
import { seedDemoCatalog } from './demo-catalog';
import { seedDemoComms } from './demo-comms';
import { seedDemoContacts } from './demo-contacts';
import { seedDemoDunning } from './demo-dunning';
import { PILOT_ACCOUNTS, seedDemoMigration } from './demo-migration';
import { seedDemoPilotNovemberUsage } from './demo-pilot-usage';
import { seedDemoProgram } from './demo-program';
import { seedDemoUsage } from './demo-usage';
import { generatePassword, makeApiKey, makeOrganization, makeUser } from './factories';

export interface DemoCredential {
  role: Role;
  email: string;
  password: string;
}

export const DEMO_ORGANIZATION_NAME = 'Northwind Voice & Data';

const demoPeople: { role: Role; email: string; name: string }[] = [
  { role: 'admin', email: 'admin@northwind.example', name: 'Ada Admin' },
  { role: 'billing', email: 'billing@northwind.example', name: 'Bill Ledger' },
  { role: 'program', email: 'pm@northwind.example', name: 'Priya Program' },
  { role: 'viewer', email: 'viewer@northwind.example', name: 'Victor Viewer' },
];

/**
 * The demo provider: a small MSP/telecom reseller mid-migration, with one user per role and
 * a read-only partner key. Later capabilities add their part of the story here. Returns the
 * sign-ins it created, or null when the database already had data (it never seeds twice).
 */
export async function seedDemo(db: Db): Promise<DemoCredential[] | null> {
  if ((await getOrganizationRow(db)) || (await countUsers(db)) > 0) return null;
  return db.transaction(async (tx) => {
    await makeOrganization(tx, {
      name: DEMO_ORGANIZATION_NAME,
      defaultCurrency: 'USD',
      timeZone: 'America/Chicago',
    });
    const credentials: DemoCredential[] = [];
    for (const person of demoPeople) {
      const password = generatePassword();
      await makeUser(tx, { ...person, password });
      credentials.push({ role: person.role, email: person.email, password });
    }
    await makeApiKey(tx, { name: 'Demo PSA sync (read only)', scope: 'read' });
    await seedDemoCatalog(tx);
    await seedDemoUsage(tx);
    await seedDemoBilling(tx);
    const { importId } = await seedDemoMigration(tx);
    await seedDemoPilotNovemberUsage(tx, PILOT_ACCOUNTS);
    await seedDemoNovemberBilling(tx);
    await seedDemoAutopilot(tx);
    await seedDemoContacts(tx);
    await seedDemoComms(tx, importId);
    await seedDemoProgram(tx, importId);
    await seedDemoDunning(tx);
    return credentials;
  });
}

/** The first admin of an installation without the demo (an address our email check accepts). */
export const FIRST_ADMIN_EMAIL = 'admin@switchboard.localhost';

/**
 * A real installation (PostgreSQL, no demo) still needs someone to sign in first: creates
 * one admin when there are no users at all. Returns its sign-in, or null.
 */
export async function ensureFirstAdmin(db: Db, email: string): Promise<DemoCredential | null> {
  if ((await countUsers(db)) > 0) return null;
  const password = generatePassword();
  await makeUser(db, { role: 'admin', email, name: 'Administrator', password });
  return { role: 'admin', email, password };
}
