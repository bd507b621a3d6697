import type { Db } from '../db/client';
import { listChecklistRows, listMilestoneRows } from '../db/queries/program';
import { getUserByEmail } from '../db/queries/users';
import type { Actor } from '../lib/auth/actor';
import { systemActor } from '../lib/auth/actor';
import type { OperationContext } from '../lib/context';
import { saveChecklistItem } from '../lib/program/checklist/save-checklist-item';
import { createProgram } from '../lib/program/create-program';
import { logDecision } from '../lib/program/decision-log/log-decision';
import { createGoNoGoReview } from '../lib/program/go-no-go/create-go-no-go-review';
import { saveMilestone } from '../lib/program/milestones/save-milestone';
import { assignRaci } from '../lib/program/raci/assign-raci';
import { createRisk } from '../lib/program/risks/create-risk';
import { decideSignOff } from '../lib/program/sign-offs/decide-sign-off';
import { requestSignOff } from '../lib/program/sign-offs/request-sign-off';
import { saveStatusReport } from '../lib/program/status-reports/save-status-report';
import { addTrainee } from '../lib/program/training/add-trainee';
import { createTrainingModule } from '../lib/program/training/create-training-module';
import { recordTrainingCompletion } from '../lib/program/training/record-training-completion';
import { updateCharter } from '../lib/program/update-charter';

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

  await seedRegisters(
    seed,
    program.id,
    { pm, billing, admin: await getUserByEmail(db, 'admin@northwind.example') },
    byKey,
  );

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

type DemoUser = NonNullable<Awaited<ReturnType<typeof getUserByEmail>>>;

/** Risks, who is accountable for what (and so the war room's contacts), training, and the decision log. */
async function seedRegisters(
  seed: OperationContext,
  programId: string,
  people: { pm: DemoUser; billing: DemoUser; admin: DemoUser | null },
  milestones: Map<string | null, { id: string }>,
) {
  const { pm, billing, admin } = people;
  await createRisk(seed, {
    programId,
    title: 'Unrated calls at cutover (destinations missing from the new rate deck)',
    probability: 4,
    impact: 4,
    ownerId: billing.id,
    mitigation: 'Load the missing prefixes; re-rate before the first bill run.',
    contingency: 'Bill the calls a month late with a note on the invoice.',
    trigger: 'More than 0.1% of calls unrated after the pilot month.',
    reviewOn: '2026-12-08',
    milestoneIds: [milestones.get('first_staging_bill_run')?.id ?? ''].filter(Boolean),
  });
  await createRisk(seed, {
    programId,
    title: 'Customers confused by the new invoice layout',
    probability: 3,
    impact: 2,
    ownerId: pm.id,
    mitigation: 'First-invoice explainer and an FAQ for support.',
    contingency: 'Call the ten largest accounts after the first invoice.',
    reviewOn: '2026-12-15',
  });
  await createRisk(seed, {
    programId,
    title: 'Legacy export misses late-arriving CDRs',
    probability: 2,
    impact: 4,
    ownerId: billing.id,
    mitigation: 'Re-export the last three days before cutover.',
    status: 'mitigated',
  });

  const raci: [
    string,
    DemoUser,
    'accountable' | 'responsible' | 'consulted',
    number | null,
    string | null,
  ][] = [
    ['data_validation', billing, 'accountable', 1, '+1 512 555 0101'],
    ['data_validation', pm, 'responsible', 2, '+1 512 555 0102'],
    ['technical_readiness', admin ?? pm, 'accountable', 1, '+1 512 555 0100'],
    ['communications', pm, 'accountable', 1, '+1 512 555 0102'],
    ['training_support', pm, 'accountable', 1, '+1 512 555 0102'],
    ['training_support', billing, 'consulted', null, null],
    ['contingency', pm, 'accountable', 1, '+1 512 555 0102'],
    ['contingency', admin ?? billing, 'responsible', 2, '+1 512 555 0100'],
  ];
  for (const [area, user, responsibility, escalationLevel, phone] of raci)
    await assignRaci(seed, {
      programId,
      subjectType: 'area',
      subjectKey: area,
      userId: user.id,
      responsibility,
      escalationLevel,
      phone,
    });

  const modules = [];
  for (const title of ['Bill runs and invoices', 'Rate decks and usage', 'Answering invoice questions'])
    modules.push(
      (await createTrainingModule(seed, { programId, title, audience: 'Billing and support' })).module,
    );
  const trainees = [];
  for (const [name, team] of [
    ['Bill Ledger', 'Billing'],
    ['Rosa Rates', 'Billing'],
    ['Sam Support', 'Support'],
  ] as const)
    trainees.push((await addTrainee(seed, { programId, name, team })).trainee);
  for (const [traineeIndex, moduleIndex] of [
    [0, 0],
    [0, 1],
    [0, 2],
    [1, 0],
    [1, 1],
    [2, 2],
  ] as const) {
    const trainee = trainees[traineeIndex];
    const module = modules[moduleIndex];
    if (trainee && module)
      await recordTrainingCompletion(seed, {
        traineeId: trainee.id,
        moduleId: module.id,
        completedOn: '2026-11-20',
      });
  }

  for (const entry of [
    {
      category: 'data_mapping',
      title: 'Legacy plan codes map one to one to products',
      decidedOn: '2026-09-18',
    },
    {
      category: 'system_setup',
      title: 'Rounding: half up per call, 60/6 increments as in legacy',
      decidedOn: '2026-09-25',
    },
    {
      category: 'test_outcome',
      title: 'October parallel run: tax variances are legacy’s old rate',
      decidedOn: '2026-11-05',
    },
    {
      category: 'decision',
      title: 'Pilot wave of eight accounts cut over on 1 November',
      decidedOn: '2026-10-28',
    },
  ] as const)
    await logDecision(seed, { programId, ...entry });
}
