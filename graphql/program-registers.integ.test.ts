import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checklistItems, decisionLog, milestones, raciAssignments, risks } from '../db/schema';
import { createTestDatabase, type TestDatabase } from '../db/testing/test-database';
import type { UserRecord } from '../lib/auth/types';
import { addDays, todayIso } from '../lib/dates';
import { trainingCompletion } from '../lib/program/training/training-completion';
import { makeProgram, makeUser } from '../seed/factories';
import { type GraphQLTestServer, startGraphQLTestServer } from './testing/graphql-test-server';
import { sessionCookieFor } from './testing/sign-in';

/**
 * The migration program's registers over the wire: risks and their heat map, RACI with
 * exactly one accountable per subject and the war room's point-of-contact matrix, training
 * going from incomplete to complete, the append-only decision log; bad input refused with
 * typed userErrors and nothing written; a program user edits, billing and viewer users read.
 */
let database: TestDatabase;
let server: GraphQLTestServer;
const cookies: Record<'program' | 'billing' | 'viewer', string> = { program: '', billing: '', viewer: '' };
let pm: UserRecord;
let alice: UserRecord;
let bob: UserRecord;
let carol: UserRecord;
let programId = '';
let otherProgramId = '';
let milestoneId = '';
let otherMilestoneId = '';
let checklistItemId = '';
let otherChecklistItemId = '';

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startGraphQLTestServer(database.db);
  for (const role of ['program', 'billing', 'viewer'] as const) {
    const { user } = await makeUser(database.db, { role });
    if (role === 'program') pm = user;
    cookies[role] = (await sessionCookieFor(database.db, user)).cookie;
  }
  alice = (await makeUser(database.db, { name: 'Alice Accountable' })).user;
  bob = (await makeUser(database.db, { name: 'Bob Responsible' })).user;
  carol = (await makeUser(database.db, { name: 'Carol Replacement' })).user;
  const program = await makeProgram(database.db, { name: 'Off LegacyBill' });
  const other = await makeProgram(database.db, { name: 'Another program' });
  programId = program.id;
  otherProgramId = other.id;
  const [milestone, otherMilestone] = await database.db
    .insert(milestones)
    .values([
      { programId, phase: 'training', title: 'Training complete', dueOn: '2027-02-01' },
      { programId: otherProgramId, phase: 'cutover', title: 'Elsewhere', dueOn: '2027-03-01' },
    ])
    .returning();
  const [item, otherItem] = await database.db
    .insert(checklistItems)
    .values([
      { programId, area: 'data_validation', position: 1, title: 'Balances reconcile' },
      { programId: otherProgramId, area: 'contingency', position: 1, title: 'Elsewhere' },
    ])
    .returning();
  milestoneId = milestone?.id ?? '';
  otherMilestoneId = otherMilestone?.id ?? '';
  checklistItemId = item?.id ?? '';
  otherChecklistItemId = otherItem?.id ?? '';
});

afterAll(async () => {
  await server?.close();
  await database?.destroy();
});

const as =
  (role: keyof typeof cookies) =>
  // biome-ignore lint/suspicious/noExplicitAny: response shapes are asserted field by field below
  async <T = any>(query: string, variables?: Record<string, unknown>) => {
    const { body } = await server.request<T>(query, { cookie: cookies[role], variables });
    return body;
  };
const pmRequest = as('program');
const rowsIn = async (table: typeof risks | typeof raciAssignments | typeof decisionLog) =>
  (await database.db.select({ n: count() }).from(table))[0]?.n ?? 0;

const CREATE_RISK = `mutation($input: CreateRiskInput!) {
  createRisk(input: $input) {
    risk { id title probability impact score status owner { id name } reviewOn reviewOverdue milestoneIds checklistItemIds }
    userErrors { code field message }
  }
}`;
const UPDATE_RISK = `mutation($input: UpdateRiskInput!) {
  updateRisk(input: $input) { risk { id probability impact score status } userErrors { code field message } }
}`;
const RISKS = `query($id: ID!, $status: RiskStatus, $ownerId: ID, $overdue: Boolean) {
  risks(programId: $id, status: $status, ownerId: $ownerId, reviewOverdue: $overdue) { title score status }
}`;
const HEAT_MAP =
  'query($id: ID!) { riskHeatMap(programId: $id) { openRisks cells { probability impact score count } } }';

describe('the risk register', () => {
  let vendorRiskId = '';

  it('adds risks with an owner, a review date and links to the program’s milestones and checklist', async () => {
    const yesterday = addDays(todayIso(), -1);
    const body = await pmRequest(CREATE_RISK, {
      input: {
        programId,
        title: '  Legacy vendor ends support early  ',
        probability: 3,
        impact: 4,
        ownerId: alice.id,
        mitigation: 'Extend the contract by a quarter',
        contingency: 'Cut over the rest in one wave',
        trigger: 'Vendor notice',
        reviewOn: yesterday,
        milestoneIds: [milestoneId, milestoneId],
        checklistItemIds: [checklistItemId],
      },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data.createRisk.userErrors).toEqual([]);
    expect(body.data.createRisk.risk).toMatchObject({
      title: 'Legacy vendor ends support early',
      score: 12,
      status: 'OPEN',
      owner: { id: alice.id, name: 'Alice Accountable' },
      reviewOn: yesterday,
      reviewOverdue: true,
      milestoneIds: [milestoneId],
      checklistItemIds: [checklistItemId],
    });
    vendorRiskId = body.data.createRisk.risk.id;

    for (const input of [
      { title: 'Rate deck errors', probability: 5, impact: 5, reviewOn: addDays(todayIso(), 30) },
      { title: 'Usage feed gaps', probability: 2, impact: 3, ownerId: bob.id },
      { title: 'Old tax rules', probability: 5, impact: 5, status: 'CLOSED', reviewOn: yesterday },
    ]) {
      const created = await pmRequest(CREATE_RISK, { input: { programId, ...input } });
      expect(created.data.createRisk.userErrors).toEqual([]);
    }
  });

  it('refuses bad input with typed userErrors and writes nothing', async () => {
    const before = await rowsIn(risks);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ title: '   ' }, 'REQUIRED', 'title'],
      [{ probability: 6 }, 'INVALID', 'probability'],
      [{ impact: 0 }, 'INVALID', 'impact'],
      [{ ownerId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', 'ownerId'],
      [{ ownerId: 'not-a-user' }, 'INVALID', 'ownerId'],
      [{ milestoneIds: [otherMilestoneId] }, 'NOT_FOUND', 'milestoneIds'],
      [{ checklistItemIds: [otherChecklistItemId] }, 'NOT_FOUND', 'checklistItemIds'],
      [{ programId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', 'programId'],
    ];
    for (const [change, code, field] of cases) {
      const body = await pmRequest(CREATE_RISK, {
        input: { programId, title: 'Bad', probability: 3, impact: 3, ...change },
      });
      expect(body.errors, JSON.stringify(change)).toBeUndefined();
      expect(body.data.createRisk.risk).toBeNull();
      expect(body.data.createRisk.userErrors, JSON.stringify(change)).toContainEqual(
        expect.objectContaining({ code, field: ['input', field] }),
      );
    }
    const badDate = await pmRequest(CREATE_RISK, {
      input: { programId, title: 'Bad', probability: 3, impact: 3, reviewOn: '2027-02-30' },
    });
    expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const update = await pmRequest(UPDATE_RISK, { input: { id: vendorRiskId, probability: 9, impact: 1 } });
    expect(update.data.updateRisk).toMatchObject({
      risk: null,
      userErrors: [expect.objectContaining({ code: 'INVALID', field: ['input', 'probability'] })],
    });
    const unknown = await pmRequest(UPDATE_RISK, { input: { id: otherMilestoneId, title: 'x' } });
    expect(unknown.data.updateRisk.userErrors[0].code).toBe('NOT_FOUND');
    const crossProgram = await pmRequest(UPDATE_RISK, {
      input: { id: vendorRiskId, milestoneIds: [otherMilestoneId], status: 'CLOSED' },
    });
    expect(crossProgram.data.updateRisk.userErrors[0]).toMatchObject({ code: 'NOT_FOUND' });

    expect(await rowsIn(risks)).toBe(before);
    const [vendor] = await database.db.select().from(risks).where(eq(risks.id, vendorRiskId));
    expect(vendor).toMatchObject({ probability: 3, impact: 4, status: 'open', milestoneIds: [milestoneId] });
  });

  it('lists a program’s risks by score, filtered by status, owner and overdue review', async () => {
    const all = await pmRequest(RISKS, { id: programId });
    expect(all.data.risks.map((r: { title: string; score: number }) => [r.title, r.score])).toEqual([
      // Equal scores: the higher impact, then the earlier review date first.
      ['Old tax rules', 25],
      ['Rate deck errors', 25],
      ['Legacy vendor ends support early', 12],
      ['Usage feed gaps', 6],
    ]);
    const open = await pmRequest(RISKS, { id: programId, status: 'OPEN' });
    expect(open.data.risks).toHaveLength(3);
    const bobs = await pmRequest(RISKS, { id: programId, ownerId: bob.id });
    expect(bobs.data.risks.map((r: { title: string }) => r.title)).toEqual(['Usage feed gaps']);
    const overdue = await pmRequest(RISKS, { id: programId, overdue: true });
    expect(overdue.data.risks.map((r: { title: string }) => r.title)).toEqual([
      'Legacy vendor ends support early',
    ]);
    const elsewhere = await pmRequest(RISKS, { id: otherProgramId });
    expect(elsewhere.data.risks).toEqual([]);
  });

  it('maps open risks on a 5 × 5 heat map, and updates move them', async () => {
    const before = await pmRequest(HEAT_MAP, { id: programId });
    const map = before.data.riskHeatMap;
    expect(map.cells).toHaveLength(25);
    expect(map.openRisks).toBe(3);
    const countAt = (cells: { probability: number; impact: number; count: number }[], p: number, i: number) =>
      cells.find((cell) => cell.probability === p && cell.impact === i)?.count;
    expect(countAt(map.cells, 5, 5)).toBe(1); // the closed 5×5 is not on the map
    expect(countAt(map.cells, 3, 4)).toBe(1);
    expect(countAt(map.cells, 2, 3)).toBe(1);

    const updated = await pmRequest(UPDATE_RISK, {
      input: { id: vendorRiskId, probability: 4, impact: 5, status: 'MITIGATED' },
    });
    expect(updated.data.updateRisk).toMatchObject({
      risk: { probability: 4, impact: 5, score: 20, status: 'MITIGATED' },
      userErrors: [],
    });
    const after = await pmRequest(HEAT_MAP, { id: programId });
    expect(after.data.riskHeatMap.openRisks).toBe(2);
    expect(countAt(after.data.riskHeatMap.cells, 3, 4)).toBe(0);
    expect(
      (await pmRequest(HEAT_MAP, { id: '00000000-0000-4000-8000-000000000000' })).data.riskHeatMap,
    ).toBeNull();
  });
});

const ASSIGN = `mutation($input: AssignRaciInput!) {
  assignRaci(input: $input) {
    assignment { id subjectType subjectKey responsibility escalationLevel phone user { id } }
    replaced { id user { id } }
    userErrors { code field message }
  }
}`;
const MATRIX = `query($id: ID!) {
  raciMatrix(programId: $id) {
    subjectType subjectKey label missingAccountable
    accountable { user { id } }
    assignments { responsibility user { name } }
  }
}`;
const CONTACTS = `query($id: ID!) {
  pointOfContactMatrix(programId: $id) {
    area label
    accountable { name email phone user { id } }
    responsible { name email phone }
    escalationPath { name escalationLevel responsibility phone }
  }
}`;

describe('RACI and the point-of-contact matrix', () => {
  const onArea = (
    area: string,
    userId: string,
    responsibility: string,
    extra: Record<string, unknown> = {},
  ) => ({
    input: { programId, subjectType: 'AREA', subjectKey: area, userId, responsibility, ...extra },
  });
  let carolAssignmentId = '';

  it('keeps exactly one accountable per subject: a second is TAKEN unless the call says to replace', async () => {
    const first = await pmRequest(
      ASSIGN,
      onArea('data_validation', alice.id, 'ACCOUNTABLE', { escalationLevel: 2, phone: '+1 555 010 2030' }),
    );
    expect(first.data.assignRaci).toMatchObject({
      assignment: {
        subjectType: 'AREA',
        subjectKey: 'data_validation',
        responsibility: 'ACCOUNTABLE',
        escalationLevel: 2,
      },
      replaced: null,
      userErrors: [],
    });

    const before = await rowsIn(raciAssignments);
    const second = await pmRequest(ASSIGN, onArea('data_validation', bob.id, 'ACCOUNTABLE'));
    expect(second.data.assignRaci).toMatchObject({
      assignment: null,
      userErrors: [expect.objectContaining({ code: 'TAKEN', field: ['input', 'responsibility'] })],
    });
    expect(await rowsIn(raciAssignments)).toBe(before);

    const responsible = await pmRequest(
      ASSIGN,
      onArea('DATA_VALIDATION', bob.id, 'RESPONSIBLE', { escalationLevel: 1, phone: '020 7946 0000' }),
    );
    expect(responsible.data.assignRaci.userErrors).toEqual([]);
    expect(responsible.data.assignRaci.assignment.subjectKey).toBe('data_validation');

    const replacing = await pmRequest(
      ASSIGN,
      onArea('data_validation', carol.id, 'ACCOUNTABLE', { replaceAccountable: true, escalationLevel: 3 }),
    );
    expect(replacing.data.assignRaci).toMatchObject({
      assignment: { responsibility: 'ACCOUNTABLE', user: { id: carol.id } },
      replaced: { user: { id: alice.id } },
      userErrors: [],
    });
    carolAssignmentId = replacing.data.assignRaci.assignment.id;

    // Changing one's own part is not a second accountable.
    const again = await pmRequest(
      ASSIGN,
      onArea('data_validation', carol.id, 'ACCOUNTABLE', { escalationLevel: 3 }),
    );
    expect(again.data.assignRaci.userErrors).toEqual([]);
    expect(again.data.assignRaci.assignment.id).toBe(carolAssignmentId);

    const consulted = await pmRequest(ASSIGN, onArea('data_validation', alice.id, 'CONSULTED'));
    expect(consulted.data.assignRaci.userErrors).toEqual([]);

    const milestone = await pmRequest(ASSIGN, {
      input: {
        programId,
        subjectType: 'MILESTONE',
        subjectKey: milestoneId.toUpperCase(),
        userId: alice.id,
        responsibility: 'ACCOUNTABLE',
      },
    });
    expect(milestone.data.assignRaci.userErrors).toEqual([]);
    expect(milestone.data.assignRaci.assignment.subjectKey).toBe(milestoneId);
  });

  it('refuses unknown areas, other programs’ milestones, unknown users and bad levels or phones', async () => {
    const before = await rowsIn(raciAssignments);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ subjectKey: 'billing' }, 'INVALID', 'subjectKey'],
      [{ subjectType: 'MILESTONE', subjectKey: otherMilestoneId }, 'NOT_FOUND', 'subjectKey'],
      [{ subjectType: 'MILESTONE', subjectKey: 'data_validation' }, 'NOT_FOUND', 'subjectKey'],
      [{ userId: otherMilestoneId }, 'NOT_FOUND', 'userId'],
      [{ escalationLevel: 0 }, 'INVALID', 'escalationLevel'],
      [{ phone: 'call me maybe' }, 'INVALID', 'phone'],
      [{ programId: otherMilestoneId }, 'NOT_FOUND', 'programId'],
    ];
    for (const [change, code, field] of cases) {
      const body = await pmRequest(ASSIGN, {
        input: { ...onArea('communications', bob.id, 'INFORMED').input, ...change },
      });
      expect(body.errors, JSON.stringify(change)).toBeUndefined();
      expect(body.data.assignRaci.userErrors, JSON.stringify(change)).toContainEqual(
        expect.objectContaining({ code, field: ['input', field] }),
      );
    }
    expect(await rowsIn(raciAssignments)).toBe(before);
  });

  it('reads the matrix per area and milestone, flagging subjects nobody is accountable for', async () => {
    const body = await pmRequest(MATRIX, { id: programId });
    const subjects = body.data.raciMatrix;
    expect(subjects.map((s: { label: string }) => s.label)).toEqual([
      'Data validation',
      'Technical readiness',
      'Communications',
      'Training and support',
      'Contingency',
      'Training complete',
    ]);
    expect(subjects[0]).toMatchObject({
      missingAccountable: false,
      accountable: { user: { id: carol.id } },
      assignments: [
        { responsibility: 'ACCOUNTABLE', user: { name: 'Carol Replacement' } },
        { responsibility: 'RESPONSIBLE', user: { name: 'Bob Responsible' } },
        { responsibility: 'CONSULTED', user: { name: 'Alice Accountable' } },
      ],
    });
    expect(subjects[1]).toMatchObject({ subjectType: 'AREA', missingAccountable: true, accountable: null });
    expect(subjects[5]).toMatchObject({
      subjectType: 'MILESTONE',
      subjectKey: milestoneId,
      missingAccountable: false,
    });
  });

  it('gives the war room who to call per area: accountable, responsible, and the escalation path in order', async () => {
    const body = await pmRequest(CONTACTS, { id: programId });
    const areas = body.data.pointOfContactMatrix;
    expect(areas).toHaveLength(5);
    expect(areas[0]).toEqual({
      area: 'data_validation',
      label: 'Data validation',
      accountable: { name: carol.name, email: carol.email, phone: null, user: { id: carol.id } },
      responsible: [{ name: bob.name, email: bob.email, phone: '020 7946 0000' }],
      escalationPath: [
        { name: bob.name, escalationLevel: 1, responsibility: 'RESPONSIBLE', phone: '020 7946 0000' },
        { name: carol.name, escalationLevel: 3, responsibility: 'ACCOUNTABLE', phone: null },
      ],
    });
    expect(areas[4]).toMatchObject({
      area: 'contingency',
      accountable: null,
      responsible: [],
      escalationPath: [],
    });
  });

  it('removes an assignment; the subject is then flagged', async () => {
    const REMOVE = `mutation($input: RemoveRaciAssignmentInput!) {
      removeRaciAssignment(input: $input) { assignment { id } userErrors { code field } } }`;
    const removed = await pmRequest(REMOVE, { input: { id: carolAssignmentId } });
    expect(removed.data.removeRaciAssignment).toEqual({
      assignment: { id: carolAssignmentId },
      userErrors: [],
    });
    const twice = await pmRequest(REMOVE, { input: { id: carolAssignmentId } });
    expect(twice.data.removeRaciAssignment.userErrors).toEqual([
      { code: 'NOT_FOUND', field: ['input', 'id'] },
    ]);
    const matrix = await pmRequest(MATRIX, { id: programId });
    expect(matrix.data.raciMatrix[0]).toMatchObject({ missingAccountable: true, accountable: null });
  });
});

const COMPLETION =
  'query($id: ID!) { trainingCompletion(programId: $id) { requiredModules trainees completed expected ratio complete } }';
const RECORD = `mutation($input: RecordTrainingCompletionInput!) {
  recordTrainingCompletion(input: $input) { cell { moduleId completedOn recordedBy } userErrors { code field message } }
}`;
const UNDO = `mutation($input: UndoTrainingCompletionInput!) {
  undoTrainingCompletion(input: $input) { cell { moduleId completedOn } userErrors { code field } }
}`;

describe('the training tracker', () => {
  const moduleIds: string[] = [];
  const traineeIds: string[] = [];
  const completion = async () => (await pmRequest(COMPLETION, { id: programId })).data.trainingCompletion;

  it('is not complete with no trainees or no required modules', async () => {
    expect(await completion()).toEqual({
      requiredModules: 0,
      trainees: 0,
      completed: 0,
      expected: 0,
      ratio: '0',
      complete: false,
    });
    for (const [title, required] of [
      ['Rating and rate decks', true],
      ['Invoices and credit notes', true],
      ['Reporting extras', false],
    ] as const) {
      const body = await pmRequest(
        `mutation($input: CreateTrainingModuleInput!) {
          createTrainingModule(input: $input) { module { id title audience required position } userErrors { code } } }`,
        { input: { programId, title, audience: 'Billing team', required } },
      );
      expect(body.data.createTrainingModule.module).toMatchObject({
        title,
        required,
        position: moduleIds.length + 1,
      });
      moduleIds.push(body.data.createTrainingModule.module.id);
    }
    expect(await completion()).toMatchObject({
      requiredModules: 2,
      trainees: 0,
      expected: 0,
      complete: false,
    });
  });

  it('adds trainees, refusing a bad email or an empty name', async () => {
    const ADD = `mutation($input: AddTraineeInput!) {
      addTrainee(input: $input) { trainee { id name email team } userErrors { code field } } }`;
    for (const [name, email, team] of [
      ['Dana Billing', 'Dana@Example.test', 'Billing'],
      ['Eli Support', null, 'Support'],
    ]) {
      const body = await pmRequest(ADD, { input: { programId, name, email, team } });
      expect(body.data.addTrainee.userErrors).toEqual([]);
      expect(body.data.addTrainee.trainee).toMatchObject({ name, email: email?.toLowerCase() ?? null, team });
      traineeIds.push(body.data.addTrainee.trainee.id);
    }
    const bad = await pmRequest(ADD, { input: { programId, name: ' ', email: 'not-an-email' } });
    expect(bad.data.addTrainee).toEqual({
      trainee: null,
      userErrors: [
        { code: 'REQUIRED', field: ['input', 'name'] },
        { code: 'INVALID', field: ['input', 'email'] },
      ],
    });
    const elsewhere = await pmRequest(ADD, { input: { programId: 'nope', name: 'Someone' } });
    expect(elsewhere.data.addTrainee.userErrors).toEqual([
      { code: 'NOT_FOUND', field: ['input', 'programId'] },
    ]);
  });

  it('goes from incomplete to complete as completions are recorded, and back when one is undone', async () => {
    const [dana = '', eli = ''] = traineeIds;
    const [rating = '', invoices = '', extras = ''] = moduleIds;
    const record = (traineeId: string, moduleId: string, completedOn = '2026-11-20') =>
      pmRequest(RECORD, { input: { traineeId, moduleId, completedOn } });

    const first = await record(dana, rating);
    expect(first.data.recordTrainingCompletion).toEqual({
      cell: { moduleId: rating, completedOn: '2026-11-20', recordedBy: pm.email },
      userErrors: [],
    });
    await record(dana, invoices);
    await record(eli, rating);
    await record(eli, extras); // optional: does not count
    expect(await completion()).toEqual({
      requiredModules: 2,
      trainees: 2,
      completed: 3,
      expected: 4,
      ratio: '0.7500',
      complete: false,
    });

    await record(eli, invoices, '2026-11-21');
    expect(await completion()).toMatchObject({ completed: 4, ratio: '1.0000', complete: true });
    expect(await trainingCompletion(database.db, programId)).toMatchObject({ complete: true, expected: 4 });

    const undone = await pmRequest(UNDO, { input: { traineeId: eli, moduleId: invoices } });
    expect(undone.data.undoTrainingCompletion).toEqual({
      cell: { moduleId: invoices, completedOn: null },
      userErrors: [],
    });
    expect(await completion()).toMatchObject({ completed: 3, complete: false });
    const undoneTwice = await pmRequest(UNDO, { input: { traineeId: eli, moduleId: invoices } });
    expect(undoneTwice.data.undoTrainingCompletion.userErrors).toEqual([
      { code: 'NOT_FOUND', field: ['input', 'moduleId'] },
    ]);
    await record(eli, invoices, '2026-11-22');
    expect((await completion()).complete).toBe(true);

    const grid = await pmRequest(
      `query($id: ID!) { trainingGrid(programId: $id) {
        modules { title } rows { trainee { name } cells { moduleId completedOn } } } }`,
      { id: programId },
    );
    expect(grid.data.trainingGrid.modules.map((m: { title: string }) => m.title)).toEqual([
      'Rating and rate decks',
      'Invoices and credit notes',
      'Reporting extras',
    ]);
    expect(grid.data.trainingGrid.rows).toEqual([
      {
        trainee: { name: 'Dana Billing' },
        cells: [
          { moduleId: rating, completedOn: '2026-11-20' },
          { moduleId: invoices, completedOn: '2026-11-20' },
          { moduleId: extras, completedOn: null },
        ],
      },
      {
        trainee: { name: 'Eli Support' },
        cells: [
          { moduleId: rating, completedOn: '2026-11-20' },
          { moduleId: invoices, completedOn: '2026-11-22' },
          { moduleId: extras, completedOn: '2026-11-20' },
        ],
      },
    ]);
  });

  it('refuses future dates, another program’s module and unknown ids', async () => {
    const [dana = ''] = traineeIds;
    const [rating = ''] = moduleIds;
    const future = await pmRequest(RECORD, {
      input: { traineeId: dana, moduleId: rating, completedOn: addDays(todayIso(), 10) },
    });
    expect(future.data.recordTrainingCompletion).toMatchObject({
      cell: null,
      userErrors: [{ code: 'INVALID', field: ['input', 'completedOn'] }],
    });
    const malformed = await pmRequest(RECORD, {
      input: { traineeId: dana, moduleId: rating, completedOn: '20/11/2026' },
    });
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const otherModule = await pmRequest(
      'mutation($input: CreateTrainingModuleInput!) { createTrainingModule(input: $input) { module { id } } }',
      { input: { programId: otherProgramId, title: 'Elsewhere' } },
    );
    const crossProgram = await pmRequest(RECORD, {
      input: {
        traineeId: dana,
        moduleId: otherModule.data.createTrainingModule.module.id,
        completedOn: '2026-11-20',
      },
    });
    expect(crossProgram.data.recordTrainingCompletion.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID', field: ['input', 'moduleId'] }),
    ]);
    const unknown = await pmRequest(RECORD, {
      input: { traineeId: rating, moduleId: dana, completedOn: '2026-11-20' },
    });
    expect(unknown.data.recordTrainingCompletion.userErrors.map((e: { code: string }) => e.code)).toEqual([
      'NOT_FOUND',
      'NOT_FOUND',
    ]);
    expect((await completion()).complete).toBe(true);
  });
});

const LOG = `mutation($input: LogDecisionInput!) {
  logDecision(input: $input) {
    entry { id category title body decidedOn author authorUser { id } createdAt }
    userErrors { code field }
  }
}`;

describe('the decision and configuration log', () => {
  it('appends entries stamped with their author, and lists them newest first by category', async () => {
    for (const [category, title, decidedOn] of [
      ['DATA_MAPPING', 'Legacy plan codes map to rate plans by prefix', '2026-10-01'],
      ['DECISION', 'Pilot wave is the ten smallest accounts', '2026-11-15'],
      ['SYSTEM_SETUP', 'Rounding half-up to 4 decimals on calls', '2026-10-20'],
      ['DECISION', 'Cut over on the 1st, not mid-cycle', '2026-11-02'],
    ]) {
      const body = await pmRequest(LOG, {
        input: { programId, category, title, body: ' Why: … ', decidedOn },
      });
      expect(body.data.logDecision).toMatchObject({
        entry: { category, title, body: 'Why: …', decidedOn, author: pm.email, authorUser: { id: pm.id } },
        userErrors: [],
      });
    }
    const LIST = `query($id: ID!, $category: DecisionCategory) {
      decisionLog(programId: $id, category: $category) { title decidedOn } }`;
    const all = await pmRequest(LIST, { id: programId });
    expect(all.data.decisionLog.map((e: { decidedOn: string }) => e.decidedOn)).toEqual([
      '2026-11-15',
      '2026-11-02',
      '2026-10-20',
      '2026-10-01',
    ]);
    const decisions = await pmRequest(LIST, { id: programId, category: 'DECISION' });
    expect(decisions.data.decisionLog.map((e: { title: string }) => e.title)).toEqual([
      'Pilot wave is the ten smallest accounts',
      'Cut over on the 1st, not mid-cycle',
    ]);
    expect((await pmRequest(LIST, { id: otherProgramId })).data.decisionLog).toEqual([]);
  });

  it('takes no author from the input, and refuses empty titles and future dates', async () => {
    const before = await rowsIn(decisionLog);
    const withAuthor = await pmRequest(
      `mutation { logDecision(input: { programId: "${programId}", category: DECISION, title: "x", decidedOn: "2026-11-01", author: "someone else" }) { entry { id } } }`,
    );
    expect(withAuthor.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const bad = await pmRequest(LOG, {
      input: { programId, category: 'TEST_OUTCOME', title: '  ', decidedOn: addDays(todayIso(), 5) },
    });
    expect(bad.data.logDecision).toEqual({
      entry: null,
      userErrors: [
        { code: 'REQUIRED', field: ['input', 'title'] },
        { code: 'INVALID', field: ['input', 'decidedOn'] },
      ],
    });
    expect(await rowsIn(decisionLog)).toBe(before);
  });
});

describe('who may edit the registers', () => {
  const writes: [string, string, () => Record<string, unknown>][] = [
    ['createRisk', CREATE_RISK, () => ({ input: { programId, title: 'Mine', probability: 1, impact: 1 } })],
    [
      'assignRaci',
      ASSIGN,
      () => ({
        input: {
          programId,
          subjectType: 'AREA',
          subjectKey: 'contingency',
          userId: alice.id,
          responsibility: 'INFORMED',
        },
      }),
    ],
    [
      'logDecision',
      LOG,
      () => ({ input: { programId, category: 'DECISION', title: 'Mine', decidedOn: '2026-11-01' } }),
    ],
  ];

  for (const role of ['billing', 'viewer'] as const) {
    it(`lets a ${role} user read every register but not write`, async () => {
      const request = as(role);
      for (const [query, variables] of [
        [RISKS, { id: programId }],
        [HEAT_MAP, { id: programId }],
        [MATRIX, { id: programId }],
        [CONTACTS, { id: programId }],
        [COMPLETION, { id: programId }],
        ['query($id: ID!) { decisionLog(programId: $id) { title } }', { id: programId }],
      ] as const) {
        const body = await request(query, variables);
        expect(body.errors, query).toBeUndefined();
      }
      const before = [await rowsIn(risks), await rowsIn(raciAssignments), await rowsIn(decisionLog)];
      for (const [field, query, variables] of writes) {
        const body = await request(query, variables());
        expect(
          body.errors?.map((e) => e.extensions?.code),
          field,
        ).toEqual(['FORBIDDEN']);
        expect(body.data?.[field] ?? null).toBeNull();
      }
      expect([await rowsIn(risks), await rowsIn(raciAssignments), await rowsIn(decisionLog)]).toEqual(before);
    });
  }
});
