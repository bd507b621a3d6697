import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../db/queries/raw-rows';
import { createTestDatabase, type TestDatabase } from '../db/testing/test-database';
import type { UserRecord } from '../lib/auth/types';
import { smallExportFiles } from '../lib/migration/testing/small-export';
import { makeUser } from '../seed/factories';
import { type GraphQLTestServer, startGraphQLTestServer } from './testing/graphql-test-server';
import { sessionCookieFor } from './testing/sign-in';

/**
 * The migration program over the wire: a program seeded with the standard plan, evidence
 * checks that follow the billing data (a parallel run, its reviews, unrated usage), sign-offs
 * invalidated when their evidence changes, milestones' health, the go/no-go decision, KPIs
 * and permissions by role.
 */
let database: TestDatabase;
let server: GraphQLTestServer;
const cookies: Record<'pm' | 'billing' | 'billing2' | 'viewer', string> = {
  pm: '',
  billing: '',
  billing2: '',
  viewer: '',
};
let billingUser: UserRecord;
let pmUser: UserRecord;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startGraphQLTestServer(database.db);
  const roles = { pm: 'program', billing: 'billing', billing2: 'billing', viewer: 'viewer' } as const;
  for (const [who, role] of Object.entries(roles) as [
    keyof typeof roles,
    (typeof roles)[keyof typeof roles],
  ][]) {
    const { user } = await makeUser(database.db, { role });
    if (who === 'billing') billingUser = user;
    if (who === 'pm') pmUser = user;
    cookies[who] = (await sessionCookieFor(database.db, user)).cookie;
  }
}, 180_000);

afterAll(async () => {
  await server?.close();
  await database?.destroy();
});

type Errors = { code: string; field?: string[]; message?: string }[];

async function as<T = Record<string, unknown>>(
  who: keyof typeof cookies,
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const { body } = await server.request<T>(query, { cookie: cookies[who], variables });
  if (body.errors) throw new Error(`${who}: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

/** Every row of the tables a program's evidence writes, as text: equal before and after means nothing was written. */
async function programTables(): Promise<string[]> {
  const tables = ['programs', 'checklist_items', 'milestones', 'sign_off_requests', 'sign_off_approvers'];
  const dumps: string[] = [];
  for (const table of tables) {
    const result = await database.db.execute(
      sql`select coalesce(string_agg(to_jsonb(t)::text, ',' order by t.id), '') as dump from ${sql.identifier(table)} t`,
    );
    dumps.push(`${table}: ${rowsOf<{ dump: string }>(result)[0]?.dump}`);
  }
  return dumps;
}

/** Everything the console reads of a program, in one request. */
const READ_EVERYTHING = `{ programs { id evidenceCheckedAt }
  mySignOffRequests { id awaitingMe }
  program { id evidenceCheckedAt health healthReasons
    checklist { id checkState status overdue signOffs { id status } conditionOf { id } }
    blockingItems { id } nextMilestones { id health }
    milestones { id health suggestedHealth dependsOn { id } lateDependencies { id } signOffs { id } }
    signOffRequests { id status awaitingMe approvers { decision } }
    goNoGoReviews { id scorecard { label rag } votes { vote } conditions { id } }
    kpis { kpi value } statusReports { id } statusReportDraft } }`;

async function errorCodes(who: keyof typeof cookies, query: string, variables?: Record<string, unknown>) {
  const { body } = await server.request(query, { cookie: cookies[who], variables });
  return (body.errors ?? []).map((error) => error.extensions?.code);
}

const ITEM_FIELDS = 'id standardKey title area status statusBy blocking checkState checkDetail notes';
const SAVE_ITEM = `mutation($input: ChecklistItemInput!) { saveChecklistItem(input: $input) {
  item { ${ITEM_FIELDS} } userErrors { code field message } } }`;
const SAVE_MILESTONE = `mutation($input: MilestoneInput!) { saveMilestone(input: $input) {
  milestone { id title health suggestedHealth healthReasons dependsOn { id } lateDependencies { id } status }
  userErrors { code field message } } }`;
const REQUEST = `mutation($input: RequestSignOffInput!) { requestSignOff(input: $input) {
  signOff { id status evidenceHash } userErrors { code field message } } }`;
const DECIDE = `mutation($input: DecideSignOffInput!) { decideSignOff(input: $input) {
  signOff { id status } userErrors { code field message } } }`;
const SIGN_OFFS = `query($id: ID) { program(id: $id) { signOffRequests { id status invalidationReason
  approvers { decision decidedBy } } } }`;
const START_RUN = `mutation($input: StartParallelRunInput!) { startParallelRun(input: $input) {
  parallelRun { id summary { invoiceAccuracy arpuPreservation } accounts(first: 500) { legacyAccountId status } }
  userErrors { code } } }`;

const REFRESH = `mutation($input: RefreshProgramEvidenceInput!) { refreshProgramEvidence(input: $input) {
  program { evidenceCheckedAt } userErrors { code } } }`;

type Item = {
  id: string;
  standardKey: string | null;
  title: string;
  status: string;
  statusBy: string | null;
  checkState: string;
  checkDetail: string | null;
};
type SaveItem = { saveChecklistItem: { item: Item | null; userErrors: Errors } };
type SaveMilestone = {
  saveMilestone: {
    milestone: {
      id: string;
      health: string;
      suggestedHealth: string;
      healthReasons: string[];
      dependsOn: { id: string }[];
      lateDependencies: { id: string }[];
      status: string;
    } | null;
    userErrors: Errors;
  };
};
type SignOffs = {
  program: { signOffRequests: { id: string; status: string; invalidationReason: string | null }[] };
};

describe('the migration program over GraphQL', () => {
  let importId = '';
  let programId = '';
  let runId = '';
  let accuracyItemId = '';
  /** Re-runs the checks after data outside the program changed, as the checklist page's button does. */
  const refreshEvidence = () => as('billing', REFRESH, { input: { programId } });

  it('starts a program with the standard phases, milestones, checklist and goals', async () => {
    const imported = await as<{ importLegacyExport: { import: { id: string } } }>(
      'billing',
      `mutation($input: ImportLegacyExportInput!) { importLegacyExport(input: $input) { import { id } } }`,
      {
        input: {
          // One call to a destination no rate deck has: imported as unrated.
          files: smallExportFiles(300, (name, content) =>
            name === 'usage.csv'
              ? `${content}CDR999999999,L000001,voice,2026-10-15T10:00:00Z,0800123456,60,\n`
              : content,
          ),
        },
      },
    );
    importId = imported.importLegacyExport.import.id;

    const created = await as<{ createProgram: { program: { id: string } | null; userErrors: Errors } }>(
      'pm',
      `mutation($input: CreateProgramInput!) { createProgram(input: $input) { program { id } userErrors { code } } }`,
      { input: { name: 'Move off LegacyBill', importId, startsOn: '2026-10-01', goLiveOn: '2027-02-01' } },
    );
    expect(created.createProgram.userErrors).toEqual([]);
    programId = created.createProgram.program?.id ?? '';

    const { program } = await as<{
      program: {
        phases: { phase: string; startsOn: string; endsOn: string }[];
        milestones: {
          standardKey: string;
          dependsOn: { standardKey: string }[];
          check: { kind: string } | null;
        }[];
        checklist: { area: string; standardKey: string; checkState: string }[];
        charter: { goals: { kpi: string; target: string }[] };
      };
    }>(
      'viewer',
      `{ program { phases { phase startsOn endsOn }
        milestones { standardKey dependsOn { standardKey } check { kind } }
        checklist { area standardKey checkState }
        charter { goals { kpi target } } } }`,
    );
    expect(program.phases.map((phase) => phase.phase)).toEqual(
      expect.arrayContaining(['DISCOVERY', 'PARALLEL_RUNS', 'CUTOVER', 'HYPERCARE']),
    );
    expect(program.phases.find((phase) => phase.phase === 'HYPERCARE')).toMatchObject({
      startsOn: '2027-02-01',
    });
    const final = program.milestones.find((milestone) => milestone.standardKey === 'final_go_no_go');
    expect(final?.dependsOn.map((dependency) => dependency.standardKey).sort()).toEqual([
      'communications_ready',
      'data_migration_sign_off',
      'first_staging_bill_run',
      'training_complete',
    ]);
    expect(new Set(program.checklist.map((item) => item.area)).size).toBe(5);
    expect(program.checklist.map((item) => item.standardKey)).toEqual(
      expect.arrayContaining([
        'parallel_billing_tests',
        'arpu_validated',
        'usage_charges_confirmed',
        'rollback_plan',
      ]),
    );
    // No parallel run yet: the run checks know nothing; the import check already reads the import.
    const states = Object.fromEntries(program.checklist.map((item) => [item.standardKey, item.checkState]));
    expect(states.parallel_billing_tests).toBe('UNKNOWN');
    expect(states.balances_validated).toBe('PASSING');
    expect(program.charter.goals.map((goal) => goal.kpi)).toContain('ARPU_PRESERVATION');
  });

  it('follows a parallel run: failing while variances are unexplained, passing and done once reviewed', async () => {
    const created = await as<SaveItem>('pm', SAVE_ITEM, {
      input: {
        programId,
        area: 'DATA_VALIDATION',
        title: 'Every variance of the parallel run explained',
        blocking: true,
        check: { kind: 'PARALLEL_RUN_ACCURACY', threshold: '0' },
      },
    });
    accuracyItemId = created.saveChecklistItem.item?.id ?? '';
    expect(created.saveChecklistItem.item?.checkState).toBe('UNKNOWN');

    const started = await as<{
      startParallelRun: {
        parallelRun: { id: string; accounts: { legacyAccountId: string; status: string }[] };
      };
    }>('billing', START_RUN, { input: { importId } });
    runId = started.startParallelRun.parallelRun.id;
    const variances = started.startParallelRun.parallelRun.accounts.filter(
      (account) => account.status !== 'MATCH',
    );
    expect(variances.length).toBeGreaterThan(0);
    await refreshEvidence();

    const item = async () =>
      (
        await as<{ program: { checklist: Item[] } }>('viewer', `{ program { checklist { ${ITEM_FIELDS} } } }`)
      ).program.checklist.find((candidate) => candidate.id === accuracyItemId);
    expect(await item()).toMatchObject({ checkState: 'FAILING', status: 'OPEN' });
    expect((await item())?.checkDetail).toMatch(/variances? unexplained/);

    await as(
      'billing',
      `mutation($input: ReviewVariancesInput!) { reviewVariances(input: $input) { userErrors { code } } }`,
      {
        input: {
          runId,
          legacyAccountIds: variances.map((account) => account.legacyAccountId),
          resolution: 'CONFIRMED',
        },
      },
    );
    // Reading does not re-run the checks: the item is as the last refresh left it.
    expect(await item()).toMatchObject({ checkState: 'FAILING', status: 'OPEN' });
    await refreshEvidence();
    expect(await item()).toMatchObject({ checkState: 'PASSING', status: 'DONE', statusBy: 'evidence check' });

    // Its status follows the check; only "not applicable" is a person's call.
    const refused = await as<SaveItem>('pm', SAVE_ITEM, {
      input: { programId, id: accuracyItemId, status: 'OPEN' },
    });
    expect(refused.saveChecklistItem.userErrors[0]).toMatchObject({
      code: 'INVALID_STATE',
      field: ['input', 'status'],
    });
  });

  it('reads the unbillable queue and the ARPU band from the data', async () => {
    const { program } = await as<{ program: { checklist: Item[] } }>(
      'pm',
      `{ program { checklist { ${ITEM_FIELDS} } } }`,
    );
    const byKey = new Map(program.checklist.map((item) => [item.standardKey, item]));
    // The sample has usage the legacy rate deck cannot rate: imported as unrated.
    expect(byKey.get('usage_charges_confirmed')).toMatchObject({ checkState: 'FAILING', status: 'OPEN' });
    expect(byKey.get('usage_charges_confirmed')?.checkDetail).toMatch(/unrated usage records wait/);
    expect(byKey.get('arpu_validated')?.checkDetail).toMatch(
      /^ARPU preservation \d\.\d{4} \(band 0\.99–1\.01\)$/,
    );
    expect(byKey.get('staging_bill_run')).toMatchObject({ checkState: 'UNKNOWN' });
  });

  it('reads training completion from the training register', async () => {
    const trained = async () =>
      (
        await as<{ program: { checklist: Item[] } }>('viewer', `{ program { checklist { ${ITEM_FIELDS} } } }`)
      ).program.checklist.find((item) => item.standardKey === 'staff_trained');
    expect(await trained()).toMatchObject({
      checkState: 'FAILING',
      checkDetail: 'No trainees or required modules yet.',
    });
    const module = await as<{ createTrainingModule: { module: { id: string } } }>(
      'pm',
      'mutation($input: CreateTrainingModuleInput!) { createTrainingModule(input: $input) { module { id } } }',
      { input: { programId, title: 'Bill runs and invoices', audience: 'Billing' } },
    );
    const trainee = await as<{ addTrainee: { trainee: { id: string } } }>(
      'pm',
      'mutation($input: AddTraineeInput!) { addTrainee(input: $input) { trainee { id } } }',
      { input: { programId, name: 'Bill Ledger', email: 'bill@northwind.example' } },
    );
    expect(await trained()).toMatchObject({
      checkState: 'FAILING',
      checkDetail: '0 of 1 required completions',
    });
    await as(
      'pm',
      'mutation($input: RecordTrainingCompletionInput!) { recordTrainingCompletion(input: $input) { userErrors { code } } }',
      {
        input: {
          traineeId: trainee.addTrainee.trainee.id,
          moduleId: module.createTrainingModule.module.id,
          completedOn: '2026-11-20',
        },
      },
    );
    expect(await trained()).toMatchObject({ checkState: 'PASSING', status: 'DONE' });
    // Each write of the register re-ran the check; so does taking a completion back.
    const pair = {
      traineeId: trainee.addTrainee.trainee.id,
      moduleId: module.createTrainingModule.module.id,
    };
    await as(
      'pm',
      'mutation($input: UndoTrainingCompletionInput!) { undoTrainingCompletion(input: $input) { userErrors { code } } }',
      { input: pair },
    );
    expect(await trained()).toMatchObject({ checkState: 'FAILING', status: 'OPEN' });
    await as(
      'pm',
      'mutation($input: RecordTrainingCompletionInput!) { recordTrainingCompletion(input: $input) { userErrors { code } } }',
      { input: { ...pair, completedOn: '2026-11-20' } },
    );
    expect(await trained()).toMatchObject({ checkState: 'PASSING', status: 'DONE' });
  });

  it('invalidates an approved sign-off when a new parallel run changes its evidence', async () => {
    const requested = await as<{
      requestSignOff: { signOff: { id: string; status: string } | null; userErrors: Errors };
    }>('pm', REQUEST, {
      input: {
        subjectType: 'CHECKLIST_ITEM',
        subjectId: accuracyItemId,
        approvers: [{ userId: billingUser.id }],
        rule: 'ALL',
        note: 'The reconciliation of October',
      },
    });
    expect(requested.requestSignOff.userErrors).toEqual([]);
    const requestId = requested.requestSignOff.signOff?.id ?? '';

    const inbox = await as<{ mySignOffRequests: { id: string; awaitingMe: boolean }[] }>(
      'billing',
      '{ mySignOffRequests { id awaitingMe } }',
    );
    expect(inbox.mySignOffRequests).toEqual([{ id: requestId, awaitingMe: true }]);
    // Someone not named cannot decide.
    const outsider = await as<{ decideSignOff: { userErrors: Errors } }>('billing2', DECIDE, {
      input: { requestId, decision: 'APPROVED' },
    });
    expect(outsider.decideSignOff.userErrors[0]?.code).toBe('INVALID_STATE');

    const approved = await as<{ decideSignOff: { signOff: { status: string } } }>('billing', DECIDE, {
      input: { requestId, decision: 'APPROVED', comment: 'Checked the variances' },
    });
    expect(approved.decideSignOff.signOff.status).toBe('APPROVED');
    // Reading it again changes nothing: the evidence is the same.
    expect((await as<SignOffs>('viewer', SIGN_OFFS)).program.signOffRequests[0]?.status).toBe('APPROVED');

    await as('billing', START_RUN, { input: { importId } });
    // The evidence is stale now, and reading the whole program (as every role) writes nothing.
    const before = await programTables();
    for (const who of ['viewer', 'billing', 'pm'] as const) await as(who, READ_EVERYTHING);
    expect(await programTables()).toEqual(before);
    expect((await as<SignOffs>('viewer', SIGN_OFFS)).program.signOffRequests[0]?.status).toBe('APPROVED');

    const refreshed = await as<{ refreshProgramEvidence: { program: { evidenceCheckedAt: string } } }>(
      'billing',
      REFRESH,
      { input: { programId } },
    );
    expect(new Date(refreshed.refreshProgramEvidence.program.evidenceCheckedAt).getTime()).toBeGreaterThan(
      Date.now() - 60_000,
    );
    expect(await programTables()).not.toEqual(before);
    const after = (await as<SignOffs>('viewer', SIGN_OFFS)).program.signOffRequests.find(
      (request) => request.id === requestId,
    );
    expect(after?.status).toBe('INVALIDATED');
    expect(after?.invalidationReason).toMatch(/the data the check read/);
  });

  it('invalidates a sign-off when its item is edited, and refuses decisions on it afterwards', async () => {
    const { program } = await as<{ program: { checklist: Item[] } }>(
      'pm',
      '{ program { checklist { id standardKey } } }',
    );
    const rollback = program.checklist.find((item) => item.standardKey === 'rollback_plan');
    const requested = await as<{ requestSignOff: { signOff: { id: string } } }>('pm', REQUEST, {
      input: {
        subjectType: 'CHECKLIST_ITEM',
        subjectId: rollback?.id,
        approvers: [{ role: 'BILLING' }, { userId: pmUser.id }],
        rule: 'QUORUM',
        quorum: 2,
      },
    });
    const requestId = requested.requestSignOff.signOff.id;
    const first = await as<{ decideSignOff: { signOff: { status: string } } }>('billing2', DECIDE, {
      input: { requestId, decision: 'APPROVED' },
    });
    expect(first.decideSignOff.signOff.status).toBe('PENDING');

    await as('pm', SAVE_ITEM, {
      input: { programId, id: rollback?.id, notes: 'Rehearsal moved to next week' },
    });
    const late = await as<{ decideSignOff: { userErrors: Errors } }>('pm', DECIDE, {
      input: { requestId, decision: 'APPROVED' },
    });
    expect(late.decideSignOff.userErrors[0]?.message).toMatch(/evidence changed.*its notes/);
    const state = (await as<SignOffs>('viewer', SIGN_OFFS)).program.signOffRequests.find(
      (r) => r.id === requestId,
    );
    expect(state?.status).toBe('INVALIDATED');
  });

  it('suggests milestone health from dates and dependencies, refuses loops, and wants a reason to override', async () => {
    const late = await as<SaveMilestone>('pm', SAVE_MILESTONE, {
      input: { programId, title: 'Rate decks loaded', phase: 'CONFIGURATION', dueOn: '2026-11-01' },
    });
    const lateId = late.saveMilestone.milestone?.id ?? '';
    expect(late.saveMilestone.milestone).toMatchObject({ health: 'OFF_TRACK', status: 'NOT_STARTED' });

    const dependent = await as<SaveMilestone>('pm', SAVE_MILESTONE, {
      input: {
        programId,
        title: 'Pilot wave cut over',
        phase: 'CUTOVER',
        dueOn: '2099-01-15',
        dependsOnIds: [lateId],
      },
    });
    const dependentId = dependent.saveMilestone.milestone?.id ?? '';
    expect(dependent.saveMilestone.milestone).toMatchObject({
      health: 'AT_RISK',
      dependsOn: [{ id: lateId }],
      lateDependencies: [{ id: lateId }],
    });
    expect(dependent.saveMilestone.milestone?.healthReasons[0]).toMatch(/Rate decks loaded.*late/);

    const loop = await as<SaveMilestone>('pm', SAVE_MILESTONE, {
      input: { programId, id: lateId, dependsOnIds: [dependentId] },
    });
    expect(loop.saveMilestone.userErrors[0]).toMatchObject({
      code: 'INVALID',
      field: ['input', 'dependsOnIds'],
    });

    const noReason = await as<SaveMilestone>('pm', SAVE_MILESTONE, {
      input: { programId, id: dependentId, healthOverride: 'ON_TRACK' },
    });
    expect(noReason.saveMilestone.userErrors[0]?.code).toBe('REQUIRED');
    const overridden = await as<SaveMilestone>('pm', SAVE_MILESTONE, {
      input: {
        programId,
        id: dependentId,
        healthOverride: 'ON_TRACK',
        healthOverrideReason: 'The decks are loaded; the ticket is behind',
      },
    });
    expect(overridden.saveMilestone.milestone).toMatchObject({
      health: 'ON_TRACK',
      suggestedHealth: 'AT_RISK',
    });

    // The late milestone done: what depends on it is no longer flagged.
    const done = await as<SaveMilestone>('pm', SAVE_MILESTONE, {
      input: { programId, id: lateId, status: 'DONE' },
    });
    expect(done.saveMilestone.milestone).toMatchObject({ health: 'ON_TRACK', status: 'DONE' });
  });

  it('decides go/no-go on a live scorecard; conditions become blocking items; the final milestone follows', async () => {
    const created = await as<{
      createGoNoGoReview: {
        review: { id: string; scorecard: { rag: string; source: string; label: string }[] };
      };
    }>(
      'pm',
      `mutation($input: CreateGoNoGoReviewInput!) { createGoNoGoReview(input: $input) {
        review { id scorecard { label source rag } } } }`,
      { input: { programId, title: 'Final go/no-go', scheduledAt: '2027-01-28T15:00:00Z' } },
    );
    const review = created.createGoNoGoReview.review;
    const usage = review.scorecard.find((criterion) => criterion.label.startsWith('Usage charges confirmed'));
    expect(usage?.rag).toBe('RED');
    expect(review.scorecard.some((criterion) => criterion.source === 'kpi')).toBe(true);

    await as(
      'billing',
      `mutation($input: CastGoNoGoVoteInput!) { castGoNoGoVote(input: $input) { userErrors { code } } }`,
      {
        input: {
          reviewId: review.id,
          role: 'Billing operations',
          vote: 'GO_WITH_CONDITIONS',
          comment: 'Once usage is rated',
        },
      },
    );
    const withoutConditions = await as<{ decideGoNoGo: { userErrors: Errors } }>(
      'pm',
      `mutation($input: DecideGoNoGoInput!) { decideGoNoGo(input: $input) { userErrors { code field } } }`,
      { input: { reviewId: review.id, outcome: 'GO_WITH_CONDITIONS', rollbackOwnerId: pmUser.id } },
    );
    expect(withoutConditions.decideGoNoGo.userErrors[0]).toMatchObject({
      code: 'REQUIRED',
      field: ['input', 'conditions'],
    });

    const decided = await as<{
      decideGoNoGo: {
        review: {
          outcome: string;
          votes: { role: string; vote: string; user: { id: string } }[];
          conditions: { title: string; blocking: boolean; area: string }[];
          rollbackOwner: { id: string };
        };
      };
    }>(
      'pm',
      `mutation($input: DecideGoNoGoInput!) { decideGoNoGo(input: $input) { review { outcome
        votes { role vote user { id } } conditions { title blocking area } rollbackOwner { id } } } }`,
      {
        input: {
          reviewId: review.id,
          outcome: 'GO_WITH_CONDITIONS',
          conditions: [{ title: 'Rate the unrated calls before the first bill run', dueOn: '2027-02-03' }],
          rollbackOwnerId: pmUser.id,
          pointOfNoReturn: '2027-02-05T18:00:00Z',
        },
      },
    );
    expect(decided.decideGoNoGo.review).toMatchObject({
      outcome: 'GO_WITH_CONDITIONS',
      votes: [{ role: 'Billing operations', vote: 'GO_WITH_CONDITIONS', user: { id: billingUser.id } }],
      conditions: [
        { title: 'Rate the unrated calls before the first bill run', blocking: true, area: 'CONTINGENCY' },
      ],
      rollbackOwner: { id: pmUser.id },
    });

    const { program } = await as<{
      program: { milestones: { standardKey: string | null; status: string }[] };
    }>('viewer', '{ program { milestones { standardKey status } } }');
    expect(program.milestones.find((milestone) => milestone.standardKey === 'final_go_no_go')?.status).toBe(
      'DONE',
    );
  });

  it('computes KPIs from the parallel runs with a trend, and drafts the status update from what changed', async () => {
    const { program } = await as<{
      program: {
        kpis: {
          kpi: string;
          value: string | null;
          currency: string | null;
          target: string | null;
          meetsTarget: boolean | null;
          trend: { value: string }[];
        }[];
        statusReportDraft: string;
      };
    }>(
      'pm',
      '{ program { kpis { kpi value currency target meetsTarget trend { value } } statusReportDraft } }',
    );
    const accuracy = program.kpis.find((kpi) => kpi.kpi === 'INVOICE_ACCURACY');
    expect(accuracy?.trend).toHaveLength(2);
    expect(accuracy?.value).toMatch(/^0\.\d{4}$|^1\.0000$/);
    expect(accuracy?.target).toBe('0.99');
    expect(accuracy?.currency).toBeNull();
    // Money comes with its currency: the leakage the runs found, in the accounts' USD.
    const leakage = program.kpis.find((kpi) => kpi.kpi === 'REVENUE_LEAKAGE');
    expect(leakage?.value).toMatch(/^\d+\.\d{2}$/);
    expect(leakage?.currency).toBe('USD');
    expect(leakage?.trend).toHaveLength(2);
    expect(program.kpis.filter((kpi) => kpi.currency !== null).map((kpi) => kpi.kpi)).toEqual([
      'REVENUE_LEAKAGE',
    ]);
    expect(program.statusReportDraft).toMatch(/leakage found USD \d+\.\d{2}/);
    const onTime = program.kpis.find((kpi) => kpi.kpi === 'ON_TIME_BILLING');
    expect(onTime).toMatchObject({ value: null, meetsTarget: null });
    expect(program.statusReportDraft).toMatch(/Parallel run: \d+ of \d+ invoices match/);
    expect(program.statusReportDraft).toMatch(/Milestone: Rate decks loaded/);

    const saved = await as<{ saveStatusReport: { report: { body: string } } }>(
      'pm',
      'mutation($input: SaveStatusReportInput!) { saveStatusReport(input: $input) { report { body } } }',
      { input: { programId, body: program.statusReportDraft } },
    );
    expect(saved.saveStatusReport.report.body).toContain('status update');
    const next = await as<{ program: { statusReportDraft: string } }>(
      'pm',
      '{ program { statusReportDraft } }',
    );
    expect(next.program.statusReportDraft).not.toMatch(/Milestone: Rate decks loaded/);
  });

  it('lets billing and viewers read the program but not change it', async () => {
    for (const who of ['billing', 'viewer'] as const) {
      expect(await errorCodes(who, '{ program { id health } }')).toEqual([]);
      expect(
        await errorCodes(who, SAVE_MILESTONE, {
          input: { programId, title: 'Nope', phase: 'CUTOVER', dueOn: '2027-01-01' },
        }),
      ).toEqual(['FORBIDDEN']);
      expect(
        await errorCodes(who, SAVE_ITEM, { input: { programId, id: accuracyItemId, notes: 'x' } }),
      ).toEqual(['FORBIDDEN']);
    }
    expect(
      await errorCodes('viewer', DECIDE, { input: { requestId: accuracyItemId, decision: 'APPROVED' } }),
    ).toEqual(['FORBIDDEN']);
  });

  it('answers bad input with typed errors and writes nothing', async () => {
    const bad = await as<SaveItem>('pm', SAVE_ITEM, {
      input: { programId, title: 'Links', area: 'CONTINGENCY', evidenceLinks: ['not a link'] },
    });
    expect(bad.saveChecklistItem.userErrors[0]).toMatchObject({
      code: 'INVALID',
      field: ['input', 'evidenceLinks'],
    });
    const badCheck = await as<SaveItem>('pm', SAVE_ITEM, {
      input: {
        programId,
        title: 'Check',
        area: 'CONTINGENCY',
        check: { kind: 'PARALLEL_RUN_ACCURACY', threshold: '-0.5' },
      },
    });
    expect(badCheck.saveChecklistItem.userErrors[0]?.field).toEqual(['input', 'check', 'threshold']);
    const noApprovers = await as<{ requestSignOff: { userErrors: Errors } }>('pm', REQUEST, {
      input: { subjectType: 'MILESTONE', subjectId: accuracyItemId, approvers: [], rule: 'ALL' },
    });
    expect(noApprovers.requestSignOff.userErrors[0]?.code).toBe('NOT_FOUND');
    expect(
      await errorCodes('pm', SAVE_ITEM, {
        input: {
          programId,
          title: 'Check',
          area: 'CONTINGENCY',
          check: { kind: 'ARPU_PRESERVATION', min: 'high' },
        },
      }),
    ).toEqual(['BAD_USER_INPUT']);
    const { program } = await as<{ program: { checklist: { title: string }[] } }>(
      'pm',
      '{ program { checklist { title } } }',
    );
    expect(program.checklist.some((item) => item.title === 'Links' || item.title === 'Check')).toBe(false);
  });
});
