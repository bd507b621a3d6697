import type { Actor } from '../../lib/auth/actor';
import { systemActor } from '../../lib/auth/actor';
import type { OperationContext } from '../../lib/context';
import { updateCharter } from '../../lib/program/charter';
import { saveChecklistItem } from '../../lib/program/checklist/save-checklist-item';
import { createProgram } from '../../lib/program/create-program';
import { createGoNoGoReview } from '../../lib/program/go-no-go/reviews';
import { saveMilestone } from '../../lib/program/milestones/save-milestone';
import { decideSignOff } from '../../lib/program/sign-offs/decide-sign-off';
import { requestSignOff } from '../../lib/program/sign-offs/request-sign-off';
import { saveStatusReport } from '../../lib/program/status-reports/save-status-report';
import type { Db } from '../client';
import { listChecklistRows, listMilestoneRows } from '../queries/program';
import { getUserByEmail } from '../queries/users';

const asUser = (db: Db, user: NonNullable<Awaited<ReturnType<typeof getUserByEmail>>>): OperationContext => ({
  db,
  actor: { kind: 'user', user, sessionId: null } satisfies Actor,
});

/**
 * The demo's migration program, in flight: started in September for a mid-January go-live,
 * tied to the imported October export, with a charter, owners, some items ticked, a
 * data-migration sign-off approved, the parallel-run sign-off waiting for billing, and the
 * go/no-go review scheduled.
 */
export async function seedDemoProgram(db: Db, importId: string): Promise<void> {
  const seed: OperationContext = { db, actor: systemActor('seed') };
  const pm = await getUserByEmail(db, 'pm@northwind.example');
  const billing = await getUserByEmail(db, 'billing@northwind.example');
  if (!pm || !billing) throw new Error('seedDemoProgram: the demo users come first');

  const { program } = await createProgram(seed, {
    name: 'Move off LegacyBill',
    importId,
    startsOn: '2026-09-01',
    goLiveOn: '2027-01-15',
  });
  if (!program) throw new Error('seedDemoProgram: the program was not created');
  await updateCharter(seed, {
    programId: program.id,
    stakeholders: [
      { name: 'Priya Program', role: 'Migration lead', email: 'pm@northwind.example' },
      { name: 'Bill Ledger', role: 'Billing operations', email: 'billing@northwind.example' },
      { name: 'Dana Finance', role: 'CFO (sponsor)', email: 'cfo@northwind.example' },
      { name: 'Sam Support', role: 'Customer support lead', email: 'support@northwind.example' },
    ],
    scopeIn: [
      { category: 'Products', item: 'Hosted voice seats, SIP trunks, managed Wi-Fi' },
      { category: 'Account groups', item: 'All 80 business accounts, parents and branches' },
      { category: 'Integrations', item: 'Payment gateway, CDR feed from the switch' },
    ],
    scopeOut: [
      { category: 'Products', item: 'Legacy dial-up (retired before cutover)' },
      { category: 'Integrations', item: 'CRM sync (phase 2)' },
    ],
    assumptions: [
      'The legacy system exports the full October period.',
      'Rate decks do not change before go-live.',
    ],
    constraints: ['Cutover on a month boundary.', 'No customer-visible price change at cutover.'],
  });

  const milestones = await listMilestoneRows(db, program.id);
  const byKey = new Map(milestones.map((milestone) => [milestone.standardKey, milestone]));
  await saveMilestone(seed, {
    programId: program.id,
    title: 'Discovery workshop and legacy data map',
    phase: 'discovery',
    dueOn: '2026-09-12',
    status: 'done',
    ownerId: pm.id,
  });
  await saveMilestone(seed, {
    programId: program.id,
    title: 'Catalog and rate decks configured',
    phase: 'configuration',
    dueOn: '2026-10-20',
    status: 'done',
    ownerId: billing.id,
  });
  for (const key of ['data_migration_sign_off', 'first_staging_bill_run'])
    await saveMilestone(seed, { programId: program.id, id: byKey.get(key)?.id, ownerId: billing.id });
  for (const key of ['training_complete', 'communications_ready', 'final_go_no_go'])
    await saveMilestone(seed, { programId: program.id, id: byKey.get(key)?.id, ownerId: pm.id });

  const items = await listChecklistRows(db, program.id);
  const itemOf = (key: string) => items.find((item) => item.standardKey === key)?.id;
  for (const [key, owner] of [
    ['catalog_pricing_audited', billing],
    ['integrations_tested', billing],
    ['access_reviewed', pm],
    ['internal_announcement', pm],
  ] as const)
    await saveChecklistItem(seed, {
      programId: program.id,
      id: itemOf(key),
      status: 'done',
      ownerId: owner.id,
    });
  await saveChecklistItem(seed, {
    programId: program.id,
    id: itemOf('discounts_bundles_tax_tested'),
    ownerId: billing.id,
    notes: 'Tax differences are the legacy rate from last year; accepted in the parallel run.',
  });
  await saveChecklistItem(seed, {
    programId: program.id,
    id: itemOf('rollback_plan'),
    ownerId: pm.id,
    dueOn: '2026-11-28',
    notes: 'Draft written; rehearsal not yet booked.',
  });

  const dataSignOff = await requestSignOff(asUser(db, pm), {
    subjectType: 'milestone',
    subjectId: byKey.get('data_migration_sign_off')?.id ?? '',
    approvers: [{ userId: billing.id }],
    rule: 'all',
    note: 'Every row of the October export is accounted for; the rejected rows are on the import page.',
  });
  if (dataSignOff.signOff)
    await decideSignOff(asUser(db, billing), {
      requestId: dataSignOff.signOff.id,
      decision: 'approved',
      comment: 'Rejected rows checked with the legacy team.',
    });
  await requestSignOff(asUser(db, pm), {
    subjectType: 'checklist_item',
    subjectId: itemOf('parallel_billing_tests') ?? '',
    approvers: [{ role: 'billing' }, { role: 'admin' }],
    rule: 'all',
    note: 'October parallel run: please confirm the remaining variances before we count it.',
  });

  await createGoNoGoReview(seed, {
    programId: program.id,
    title: 'Final go/no-go',
    scheduledAt: new Date('2027-01-12T16:00:00Z'),
  });
  await saveStatusReport(asUser(db, pm), {
    programId: program.id,
    body: '# Move off LegacyBill: status update\n\nOctober imported and reconciled; the pilot wave went live on 1 November. Next: explain the remaining variances and book the rollback rehearsal.',
  });
}
