import { checklistItems } from '../../db/schema';
import { systemActor } from '../../lib/auth/actor';
import { assignRaci } from '../../lib/program/raci/assign-raci';
import { addTrainee } from '../../lib/program/training/add-trainee';
import { createTrainingModule } from '../../lib/program/training/create-training-module';
import { makeProgram, makeUser } from '../../seed/factories';
import { expect, test } from '../fixtures/test';
import { ProgramRegistersPage } from '../pages/program-registers-page';

const seed = { actor: systemActor('e2e') };

test('a project manager keeps the registers: a risk on the heat map, one accountable per area, training ticked to complete, a decision logged', async ({
  page,
  db,
  makeSignedInUser,
}) => {
  const stamp = Date.now();
  const program = await makeProgram(db.db, { name: `Program ${stamp}` });
  await db.db
    .insert(checklistItems)
    .values({ programId: program.id, area: 'contingency', position: 1, title: 'Rollback tested' });
  const { user: owner } = await makeUser(db.db, { name: `Olive Owner ${stamp}` });
  const { user: other } = await makeUser(db.db, { name: `Oscar Other ${stamp}` });
  const ctx = { db: db.db, ...seed };
  await assignRaci(ctx, {
    programId: program.id,
    subjectType: 'area',
    subjectKey: 'contingency',
    userId: owner.id,
    responsibility: 'accountable',
  });
  await assignRaci(ctx, {
    programId: program.id,
    subjectType: 'area',
    subjectKey: 'contingency',
    userId: other.id,
    responsibility: 'informed',
  });
  const { module } = await createTrainingModule(ctx, { programId: program.id, title: 'Rate decks' });
  await addTrainee(ctx, { programId: program.id, name: `Tess Trainee ${stamp}` });
  await makeSignedInUser('program');
  const registers = new ProgramRegistersPage(page, program.id);

  await registers.open('risks');
  await expect(registers.heatCell(4, 5)).toHaveText('·');
  await registers.addRisk('Bill run overlaps the cutover weekend', 4, 5);
  await expect(page.getByRole('row', { name: /Bill run overlaps/ })).toContainText('20');
  await expect(registers.heatCell(4, 5)).toHaveText('1');

  await registers.open('raci');
  const refused = await registers.assign('Contingency', `Oscar Other ${stamp}`, 'ACCOUNTABLE');
  await expect(refused.getByRole('alert')).toContainText('already accountable');
  await registers.assign('Contingency', `Oscar Other ${stamp}`, 'ACCOUNTABLE', { replace: true });
  await expect(registers.matrixRow('Contingency')).toContainText(`Oscar Other ${stamp}`);
  await expect(registers.matrixRow('Contingency')).not.toContainText(`Olive Owner ${stamp}`);

  await registers.open('training');
  await expect(page.getByText('not complete')).toBeVisible();
  await registers.completion(`Tess Trainee ${stamp}`, module?.title ?? '').check();
  await expect(page.getByText('1 of 1 required completions')).toBeVisible();
  await expect(page.getByText('complete', { exact: true })).toBeVisible();

  await registers.open('decisions');
  await registers.logDecision(`Cutover weekend fixed ${stamp}`);
  await expect(
    page.getByRole('listitem').filter({ hasText: `Cutover weekend fixed ${stamp}` }),
  ).toContainText('logged');
});

test('a viewer reads the registers without the buttons that change them', async ({
  page,
  db,
  makeSignedInUser,
}) => {
  const program = await makeProgram(db.db);
  await makeSignedInUser('viewer');
  const registers = new ProgramRegistersPage(page, program.id);
  await registers.open('risks');
  await expect(page.getByText('Heat map · 0 open')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add risk' })).toHaveCount(0);
  await registers.open('raci');
  await expect(page.getByText('5 without an accountable person')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Assign a person' })).toHaveCount(0);
  await registers.open('decisions');
  await expect(page.getByText('Nothing logged yet.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add entry' })).toHaveCount(0);
});
