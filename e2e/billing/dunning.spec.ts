import { systemActor } from '../../lib/auth/actor';
import { createMessageTemplate } from '../../lib/comms/create-message-template';
import { makeAccount, makeInvoice } from '../../seed/factories';
import { expect, test } from '../fixtures/test';
import { DunningPage } from '../pages/dunning-page';

test('billing writes a dunning policy, assigns it to an account and pauses its dunning', async ({
  page,
  db,
  makeSignedInUser,
}) => {
  const stamp = Date.now();
  const templateName = `Overdue ${stamp}`;
  await createMessageTemplate(
    { db: db.db, actor: systemActor('e2e') },
    {
      name: templateName,
      subject: 'Invoice {{invoiceNumber}} is overdue',
      body: '{{amountDue}}: {{paymentLink}}',
    },
  );
  const account = await makeAccount(db.db, { externalId: `DUN-${stamp}`, name: `Dunning Co ${stamp}` });
  const invoice = await makeInvoice(db.db, {
    accountId: account.id,
    issueDate: '2026-11-01',
    total: '75.00',
  });
  await makeSignedInUser('billing');
  const dunning = new DunningPage(page);

  await dunning.openPolicies();
  const policyName = `Patient ${stamp}`;
  await dunning.startPolicy(policyName);
  await dunning.addStep({ days: '5', action: 'Reminder', template: templateName, portal: true });
  await dunning.addStep({ days: '5', action: 'Final notice', template: templateName });
  await dunning.savePolicy();
  // Two steps on one day have no order: refused, nothing saved.
  await expect(dunning.editor.getByRole('alert')).toContainText(
    'Step 2: Another step is already taken 5 days',
  );
  await dunning.editor.getByLabel('Days after due').nth(1).fill('20');
  await dunning.savePolicy();
  await expect(dunning.policy(policyName)).toContainText('+20');
  await expect(dunning.policy(policyName)).toContainText(`${templateName} · Email + Portal notice`);

  await page.goto(`/accounts/${account.id}`);
  await dunning.assignPolicy(policyName);
  await expect(dunning.accountCard.getByLabel('Policy')).toHaveValue(/.+/);
  await expect(dunning.accountCard).toContainText(invoice.number ?? '');
  await dunning.pause('2099-01-31', 'Promised to pay by wire');
  await expect(dunning.accountCard).toContainText('Paused until');
  await expect(dunning.accountCard).toContainText('Promised to pay by wire');
  await dunning.resume();
  await expect(dunning.accountCard.getByRole('button', { name: 'Pause dunning' })).toBeVisible();
});
