import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { listVersionsOfTemplates } from '../db/queries/comms';
import { getUserByEmail } from '../db/queries/users';
import { cutoverWaves } from '../db/schema';
import type { Actor } from '../lib/auth/actor';
import { systemActor } from '../lib/auth/actor';
import { approveCampaign } from '../lib/comms/approve-campaign';
import { createAudience } from '../lib/comms/create-audience';
import { createCampaign } from '../lib/comms/create-campaign';
import { createMessageTemplate } from '../lib/comms/create-message-template';
import { createSupportArticle } from '../lib/comms/create-support-article';
import { sendDueCampaignEmails } from '../lib/comms/deliver-campaign-emails';
import { sendCampaign } from '../lib/comms/send-campaign';
import { testSendCampaign } from '../lib/comms/test-send-campaign';
import type { OperationContext } from '../lib/context';
import { must } from '../lib/must';
import { openIncident } from '../lib/war-room/open-incident';
import { postIncidentUpdate } from '../lib/war-room/post-incident-update';
import { postStatusUpdate } from '../lib/war-room/post-status-update';

/**
 * The demo's customer communications and war room: the pilot wave told of its cutover (sent,
 * kept in the outbox as there is no mail server), the rest of the customers' notice approved
 * and test-sent for a planned 1 February, an FAQ for support, and the war room's history of
 * the pilot's cutover day.
 */
export async function seedDemoComms(db: Db, importId: string): Promise<void> {
  const user = async (email: string): Promise<OperationContext> => ({
    db,
    actor: {
      kind: 'user',
      user: must(await getUserByEmail(db, email), email),
      sessionId: null,
    } satisfies Actor,
  });
  const pm = await user('pm@northwind.example');
  const admin = await user('admin@northwind.example');
  const waves = await db.select().from(cutoverWaves).where(eq(cutoverWaves.importId, importId));
  const pilot = must(
    waves.find((wave) => wave.name === 'Pilot'),
    'the pilot wave',
  );
  const rest = must(
    waves.find((wave) => wave.name === 'Everyone else'),
    'the second wave',
  );
  await db.update(cutoverWaves).set({ plannedDate: '2027-02-01' }).where(eq(cutoverWaves.id, rest.id));

  const { template } = await createMessageTemplate(pm, {
    name: 'Cutover notice',
    subject: 'Your Northwind billing moves on {{cutoverDate}}',
    body: [
      'Dear {{accountName}},',
      '',
      'From {{cutoverDate}} your invoices come from our new billing system. Your services, prices and',
      'payment details stay the same; the first new invoice is dated {{firstInvoiceDate}}.',
      '',
      'See your invoices and what changes at {{portalLink}}. Questions: {{supportContact}}.',
    ].join('\n'),
  });
  const [version] = await listVersionsOfTemplates(db, [must(template, 'template').id]);
  const versionId = must(version, 'template version').id;

  const pilotAudience = must(
    (await createAudience(pm, { name: 'Pilot wave', waveId: pilot.id })).audience,
    'pilot audience',
  );
  const restAudience = must(
    (await createAudience(pm, { name: 'Everyone else', waveId: rest.id })).audience,
    'second audience',
  );

  const pilotCampaign = must(
    (
      await createCampaign(pm, {
        name: 'Pilot: your billing moves',
        templateVersionId: versionId,
        audienceId: pilotAudience.id,
        channels: ['email', 'portal'],
      })
    ).campaign,
    'pilot campaign',
  );
  await approveCampaign(admin, { campaignId: pilotCampaign.id });
  await testSendCampaign(pm, { campaignId: pilotCampaign.id, to: 'pm@northwind.example' }, null);
  await sendCampaign(pm, { campaignId: pilotCampaign.id });
  await sendDueCampaignEmails(db, null);

  const restCampaign = must(
    (
      await createCampaign(pm, {
        name: 'Wave 2: your billing moves on 1 February',
        templateVersionId: versionId,
        audienceId: restAudience.id,
        channels: ['email', 'portal'],
        sendOn: '2027-01-18',
        sendAtLocalTime: '09:00',
      })
    ).campaign,
    'second campaign',
  );
  await approveCampaign(admin, { campaignId: restCampaign.id });
  await testSendCampaign(pm, { campaignId: restCampaign.id, to: 'pm@northwind.example' }, null);

  await createSupportArticle(pm, {
    kind: 'faq',
    title: 'Why does my invoice look different?',
    body: 'The new system lays the same charges out by service: seats, calls by destination, then taxes. The totals are checked against the old system for every customer.',
    campaignId: pilotCampaign.id,
  });
  await createSupportArticle(pm, {
    kind: 'script',
    title: 'A customer asks whether prices change',
    body: 'No: the services and prices stay the same. If the customer sees a different amount, open the invoice in the console and compare it with the last legacy invoice; raise it with billing if the lines differ.',
    campaignId: pilotCampaign.id,
  });

  const seed: OperationContext = { db, actor: systemActor('seed') };
  const { incident } = await openIncident(pm, {
    title: 'Pilot invoices stuck in the email queue',
    severity: 'sev3',
    componentKey: 'invoice_delivery',
    updateCadenceMinutes: 30,
    summary: 'Three pilot invoices were not emailed after finalizing.',
  });
  if (incident) {
    await postIncidentUpdate(pm, {
      incidentId: incident.id,
      status: 'identified',
      body: 'The mail relay refused our sender; DNS record fixed.',
    });
    await postIncidentUpdate(pm, {
      incidentId: incident.id,
      status: 'resolved',
      body: 'All three sent; customers confirmed.',
    });
  }
  await postStatusUpdate(seed, {
    body: 'Pilot wave live since 1 November; first Switchboard invoices go out on 1 December. Wave 2 planned for 1 February.',
  });
}
