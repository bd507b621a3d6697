import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { listVersionsOfTemplates } from '../../db/queries/comms';
import { campaignDeliveries, campaigns } from '../../db/schema';
import { makeAccount, makeUser } from '../../seed/factories';
import { setUpTestDatabase } from '../../seed/set-up-test-database';
import type { Actor } from '../auth/actor';
import { createMailer } from '../email/mailer';
import { closeSmtpServers, startSmtpServer } from '../email/testing/smtp-test-server';
import { approveCampaign } from './approve-campaign';
import { createAudience } from './create-audience';
import { createCampaign } from './create-campaign';
import { createMessageTemplate } from './create-message-template';
import { sendDueCampaignEmails } from './deliver-campaign-emails';
import { sendCampaign } from './send-campaign';
import { testSendCampaign } from './test-send-campaign';

const database = setUpTestDatabase();
afterAll(closeSmtpServers);

describe('campaign emails and the mail server', () => {
  it('never retries a message whose connection dropped after the body was sent, and gives each a stable Message-ID', async () => {
    const db = database.db;
    const as = async () => ({
      db,
      actor: { kind: 'user', user: (await makeUser(db, { role: 'program' })).user, sessionId: null } as Actor,
    });
    const [author, approver] = [await as(), await as()];
    for (const mailbox of ['ap', 'drop', 'bounce'])
      await makeAccount(db, { taxRegion: 'OUTCOME', billingEmail: `${mailbox}@outcome.example` });
    const { template } = await createMessageTemplate(author, {
      name: 'Notice',
      subject: 'Your billing is moving',
      body: 'Dear {{accountName}}',
    });
    const [version] = await listVersionsOfTemplates(db, [template?.id ?? '']);
    const { audience } = await createAudience(author, { name: 'Outcome', filter: { region: 'OUTCOME' } });
    const { campaign } = await createCampaign(author, {
      name: 'Outcomes',
      templateVersionId: version?.id ?? '',
      audienceId: audience?.id ?? '',
      channels: ['email'],
    });
    const campaignId = campaign?.id ?? '';
    await approveCampaign(approver, { campaignId });
    const smtp = await startSmtpServer({
      refuseRecipient: (address) =>
        address.address.startsWith('bounce') || address.address.startsWith('busy'),
      refusalCode: 550,
      dropAfterData: (to) => to.some((address) => address.startsWith('drop')),
    });
    const mailer = createMailer({ smtpUrl: smtp.url, from: 'Acme <billing@acme.example>' });
    await testSendCampaign(author, { campaignId, to: 'pm@acme.example' }, mailer);
    expect((await sendCampaign(author, { campaignId })).userErrors).toEqual([]);

    // Twice: what was left to retry would go the second time; nothing may.
    await sendDueCampaignEmails(db, mailer);
    await sendDueCampaignEmails(db, mailer);

    const rows = await db
      .select()
      .from(campaignDeliveries)
      .where(eq(campaignDeliveries.campaignId, campaignId));
    const byRecipient = new Map(rows.map((row) => [row.recipient, row]));
    expect(byRecipient.get('drop@outcome.example')).toMatchObject({
      status: 'unknown',
      attempts: 1,
      error: expect.stringMatching(/^Outcome unknown: .*Connection closed/),
    });
    expect(byRecipient.get('bounce@outcome.example')).toMatchObject({ status: 'bounced', attempts: 1 });
    const sent = byRecipient.get('ap@outcome.example');
    expect(sent).toMatchObject({ status: 'sent', messageId: `<campaign-${sent?.id}@acme.example>` });
    // Nothing is left to send, and one outcome is unknown: the campaign does not say sent.
    const [finished] = await db.select().from(campaigns).where(eq(campaigns.id, campaignId));
    expect(finished?.status).toBe('sent_with_failures');
    const received = smtp.received.filter((mail) => mail.envelope.to[0]?.endsWith('@outcome.example'));
    expect(received.map((mail) => [mail.envelope.to[0], mail.parsed.messageId])).toEqual([
      ['ap@outcome.example', sent?.messageId],
    ]);
  });
});
