'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { CommsTabs } from '@/app/_components/comms/comms-tabs';
import { campaignTones, channelLabels } from '@/app/_components/comms/types';
import { enumLabel, formatDateTime, formatDay } from '@/app/_components/format';
import { Badge } from '@/app/_components/ui/badge';
import { Card } from '@/app/_components/ui/card';
import { Notice } from '@/app/_components/ui/notice';
import { PageHeader } from '@/app/_components/ui/page-header';
import { QueryStatus } from '@/app/_components/ui/query-status';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { asPlaceholders } from '@/lib/comms/template-variables';
import { CampaignActions } from './campaign-actions';
import { CAMPAIGN_VIEW, type CampaignDetail } from './campaign-query';
import { DeliveryCounts, DeliveryTable } from './deliveries';
import { SupportArticles } from './support-articles';

/** While emails wait for the sender, how often the page looks again (ms). */
const SENDING_POLL_MS = 3000;

/** One campaign: its preview per recipient, approvals, test send and send, and its deliveries. */
export function CampaignView({ id }: { id: string }) {
  const [refresh, setRefresh] = useState(0);
  const { data, error } = useGraphQLQuery(CAMPAIGN_VIEW, { id }, refresh);
  const changed = () => setRefresh((n) => n + 1);
  const sending = data?.campaign?.status === 'SENDING';

  // The job worker sends the emails after the campaign is sent: follow it until it is done.
  useEffect(() => {
    if (!sending) return;
    const timer = setInterval(() => setRefresh((n) => n + 1), SENDING_POLL_MS);
    return () => clearInterval(timer);
  }, [sending]);

  if (!data) return <QueryStatus error={error} loading="Loading the campaign…" />;
  const campaign = data.campaign;
  if (!campaign) return <p className="text-sm text-slate-600">No campaign with this id.</p>;

  return (
    <>
      <PageHeader
        title={campaign.name}
        description={
          <>
            <Badge tone={campaignTones[campaign.status]}>{enumLabel(campaign.status).toLowerCase()}</Badge> ·{' '}
            <Link
              href={`/comms/templates/${campaign.template.id}`}
              className="text-brand-700 hover:underline"
            >
              {campaign.template.name} v{campaign.templateVersion.version}
            </Link>{' '}
            to{' '}
            <Link href="/comms/audiences" className="text-brand-700 hover:underline">
              {campaign.audience.name}
            </Link>{' '}
            ({campaign.audience.size.toLocaleString('en-US')} account{campaign.audience.size === 1 ? '' : 's'}
            ) by {campaign.channels.map((channel) => channelLabels[channel].toLowerCase()).join(', ')} ·
            written by {campaign.createdBy} {formatDateTime(campaign.createdAt)}
          </>
        }
        actions={
          <Link href="/comms" className="text-sm text-brand-700 hover:underline">
            ← Campaigns
          </Link>
        }
      />
      <CommsTabs current="campaigns" />
      <div className="space-y-6">
        <div className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-600">
          <span>
            {campaign.sendOn
              ? `Emails go on ${formatDay(campaign.sendOn)} at ${campaign.sendAtLocalTime} in each account’s time zone.`
              : 'Emails go as soon as it is sent.'}
          </span>
          {campaign.sentAt && <span>Sent {formatDateTime(campaign.sentAt)}.</span>}
        </div>
        {campaign.critical && (
          <Notice tone="warn">
            Critical: also sent to addresses that unsubscribed, because {campaign.criticalReason}.
          </Notice>
        )}
        <MissingValues
          missing={campaign.accountsMissingValues}
          finished={campaign.status === 'SENT' || campaign.status === 'SENT_WITH_FAILURES'}
        />
        <CampaignActions campaign={campaign} onChanged={changed} />
        <div className="grid gap-6 2xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <Card title="Preview · as the first recipients get it">
            {campaign.preview.length === 0 ? (
              <p className="text-sm text-slate-600">
                The audience reaches no account now, so there is nothing to preview.
              </p>
            ) : (
              <ol className="space-y-4">
                {campaign.preview.map((message) => (
                  <li
                    key={message.account.id}
                    aria-label={`Preview for ${message.account.name}`}
                    className="rounded-md ring-1 ring-slate-200"
                  >
                    <div className="border-b border-slate-100 bg-slate-50 px-4 py-2 text-xs text-slate-500">
                      For{' '}
                      <Link
                        href={`/accounts/${message.account.id}`}
                        className="font-medium text-brand-700 hover:underline"
                      >
                        {message.account.name}
                      </Link>
                    </div>
                    {message.missingVariables.length > 0 && (
                      <p className="px-4 pt-2 text-xs text-amber-800">
                        No value for {asPlaceholders(message.missingVariables)}: this account waits, or is
                        left out when the campaign is sent.
                      </p>
                    )}
                    <p className="px-4 pt-3 text-sm font-semibold text-slate-800">{message.subject}</p>
                    <pre className="px-4 pt-2 pb-3 font-sans text-sm break-words whitespace-pre-wrap text-slate-700">
                      {message.body}
                    </pre>
                  </li>
                ))}
              </ol>
            )}
          </Card>
          <div className="min-w-0 space-y-6">
            <Card title="Deliveries by channel">
              <DeliveryCounts counts={campaign.deliveryCounts} sending={campaign.status === 'SENDING'} />
            </Card>
            <SupportArticles campaignId={campaign.id} />
          </div>
        </div>
        <DeliveryTable campaignId={campaign.id} refresh={refresh} />
      </div>
    </>
  );
}

/** The recipients whose message would lack a value: the send waits for them or leaves them out. */
function MissingValues({
  missing,
  finished,
}: {
  missing: CampaignDetail['accountsMissingValues'];
  finished: boolean;
}) {
  if (missing.accountCount === 0 || finished) return null;
  const more = missing.accountCount - missing.accounts.length;
  return (
    <Notice tone="warn" role="status" data-testid="missing-values">
      <p>
        {missing.accountCount.toLocaleString('en-US')} account{missing.accountCount === 1 ? ' has' : 's have'}{' '}
        no value for {asPlaceholders(missing.variables)}. Sending waits until they have one (a wave gives an
        account its cutover date) or you send without them.
      </p>
      <ul className="mt-1 list-inside list-disc">
        {missing.accounts.map((entry) => (
          <li key={entry.account.id}>
            <Link href={`/accounts/${entry.account.id}`} className="font-medium hover:underline">
              {entry.account.name}
            </Link>{' '}
            <span className="text-xs">lacks {asPlaceholders(entry.variables)}</span>
          </li>
        ))}
        {more > 0 && <li>and {more.toLocaleString('en-US')} more</li>}
      </ul>
    </Notice>
  );
}
