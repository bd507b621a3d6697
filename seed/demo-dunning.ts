import type { Db } from '../db/client';
import { getAccountByExternalId } from '../db/queries/accounts';
import { listDunningPolicyRows, listPolicyStepRows } from '../db/queries/dunning';
import { getUserByEmail } from '../db/queries/users';
import type { Actor } from '../lib/auth/actor';
import { createMessageTemplate } from '../lib/comms/create-message-template';
import type { OperationContext } from '../lib/context';
import { addDays, todayIso } from '../lib/dates';
import { createDunningPolicy } from '../lib/dunning/create-dunning-policy';
import { sendQueuedDunningEmails } from '../lib/dunning/deliver-dunning-emails';
import { pauseAccountDunning } from '../lib/dunning/pause-account-dunning';
import { setAccountDunningPolicy } from '../lib/dunning/set-account-dunning-policy';
import { updateDunningPolicy } from '../lib/dunning/update-dunning-policy';
import { must } from '../lib/must';
import { runDunning } from '../lib/payments/run-dunning';

/** The morning the demo's dunning last ran: 10:00 in Chicago, the organization's zone, a week after 1 December's invoices. */
export const DEMO_DUNNING_RUN = new Date('2026-12-07T16:00:00Z');

const signature = [
  '',
  'Questions about this invoice: {{supportContact}}.',
  'Northwind Voice & Data, Accounts Receivable',
];

/**
 * The demo's dunning: the Standard policy talks to customers (a reminder by email and in the
 * portal, a second reminder by email, a final notice by both, a silent suspension), a gentler
 * policy for a key account, one account paused while a dispute is settled, and the pass run
 * once on DEMO_DUNNING_RUN, so overdue accounts are mid-dunning with their emails in the outbox.
 */
export async function seedDemoDunning(db: Db): Promise<void> {
  const signedIn = async (email: string): Promise<OperationContext> => ({
    db,
    actor: {
      kind: 'user',
      user: must(await getUserByEmail(db, email), email),
      sessionId: null,
    } satisfies Actor,
  });
  // Templates are Communications' (admins and the program team write them); billing staff run dunning.
  const admin = await signedIn('admin@northwind.example');
  const billing = await signedIn('billing@northwind.example');
  const template = async (name: string, subject: string, body: string[]) =>
    must(
      (await createMessageTemplate(admin, { name, subject, body: [...body, ...signature].join('\n') }))
        .template,
      name,
    ).id;
  const reminder = await template('Payment reminder', 'Reminder: invoice {{invoiceNumber}} is overdue', [
    'Dear {{accountName}},',
    '',
    'Our records show invoice {{invoiceNumber}}, due on {{dueDate}}, still has {{amountDue}} open.',
    'If you have already paid, thank you, and please ignore this message. Otherwise you can see the',
    'invoice and how to pay it at {{paymentLink}}.',
  ]);
  const finalNotice = await template('Final notice', 'Final notice: invoice {{invoiceNumber}}', [
    'Dear {{accountName}},',
    '',
    'Invoice {{invoiceNumber}} ({{amountDue}}, due {{dueDate}}) is still unpaid despite our reminders.',
    'Please pay it within 15 days to avoid an interruption of service: {{paymentLink}}.',
  ]);

  const standard = must(
    (await listDunningPolicyRows(db)).find((policy) => policy.isDefault),
    'the default dunning policy',
  );
  const steps = await listPolicyStepRows(db, [standard.id]);
  const stepAt = (days: number) =>
    must(
      steps.find((step) => step.daysAfterDue === days),
      `step at ${days}`,
    ).id;
  must(
    (
      await updateDunningPolicy(billing, {
        policyId: standard.id,
        steps: [
          {
            id: stepAt(7),
            daysAfterDue: 7,
            action: 'reminder',
            name: 'First reminder',
            templateId: reminder,
            channels: ['email', 'portal'],
          },
          {
            id: stepAt(14),
            daysAfterDue: 14,
            action: 'second_reminder',
            name: 'Second reminder',
            templateId: reminder,
            channels: ['email'],
          },
          {
            id: stepAt(30),
            daysAfterDue: 30,
            action: 'final_notice',
            name: 'Final notice',
            templateId: finalNotice,
            channels: ['email', 'portal'],
          },
          { id: stepAt(45), daysAfterDue: 45, action: 'suspend', name: 'Suspension' },
        ],
      })
    ).policy,
    'the Standard policy with messages',
  );
  const gentle = must(
    (
      await createDunningPolicy(billing, {
        name: 'Key accounts',
        steps: [
          {
            daysAfterDue: 10,
            action: 'reminder',
            name: 'Friendly reminder',
            templateId: reminder,
            channels: ['email'],
          },
          {
            daysAfterDue: 30,
            action: 'final_notice',
            templateId: finalNotice,
            channels: ['email', 'portal'],
          },
          { daysAfterDue: 90, action: 'collections' },
        ],
      })
    ).policy,
    'the Key accounts policy',
  );
  const account = async (externalId: string) =>
    must(await getAccountByExternalId(db, externalId), externalId);
  await setAccountDunningPolicy(billing, { accountId: (await account('NW-1004')).id, policyId: gentle.id });
  await pauseAccountDunning(billing, {
    accountId: (await account('NW-1010')).id,
    until: addDays(todayIso(), 21),
    reason: 'Disputes the October seat count (ticket 4502); no reminders until it is settled',
  });
  await runDunning(db, { now: DEMO_DUNNING_RUN });
  // There is no mail server in the demo: the emails go to the outbox, as the hourly job would send them.
  await sendQueuedDunningEmails(db, null);
}
