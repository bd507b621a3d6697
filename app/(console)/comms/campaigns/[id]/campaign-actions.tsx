'use client';

import Link from 'next/link';
import { type FormEvent, useState } from 'react';
import { useViewerEmail } from '@/app/_components/comms/use-viewer';
import { formatDateTime } from '@/app/_components/format';
import { graphqlRequest } from '@/app/_components/graphql-client';
import { useCan } from '@/app/_components/permissions';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { Checkbox } from '@/app/_components/ui/checkbox';
import { ErrorText } from '@/app/_components/ui/error-text';
import { Field, TextInput } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { useFormSubmission } from '@/app/_components/use-form-submission';
import { graphql } from '@/app/_gql';
import { asPlaceholders } from '@/lib/comms/template-variables';
import type { CampaignDetail } from './campaign-query';

const APPROVE_CAMPAIGN = graphql(`
  mutation CampaignActionsApprove($input: CampaignInput!) {
    approveCampaign(input: $input) { campaign { id } userErrors { code field message } }
  }
`);
const TEST_SEND_CAMPAIGN = graphql(`
  mutation CampaignActionsTestSend($input: TestSendCampaignInput!) {
    testSendCampaign(input: $input) { campaign { id } userErrors { code field message } }
  }
`);
const SEND_CAMPAIGN = graphql(`
  mutation CampaignActionsSend($input: SendCampaignInput!) {
    sendCampaign(input: $input) { campaign { id } userErrors { code field message } }
  }
`);
const CANCEL_CAMPAIGN = graphql(`
  mutation CampaignActionsCancel($input: CampaignInput!) {
    cancelCampaign(input: $input) { campaign { id } userErrors { code field message } }
  }
`);

const isOpen = (status: CampaignDetail['status']) => status === 'DRAFT' || status === 'AWAITING_APPROVAL';

/**
 * The way to sending: approval by someone other than the author, a test send, the send
 * itself; each step says what it is waiting for rather than just being greyed out.
 */
export function CampaignActions({
  campaign,
  onChanged,
}: {
  campaign: CampaignDetail;
  onChanged: () => void;
}) {
  const can = useCan();
  const viewerEmail = useViewerEmail();
  const approve = useFormSubmission();
  const test = useFormSubmission();
  const send = useFormSubmission();
  const [done, setDone] = useState<string | null>(null);
  const [testAddress, setTestAddress] = useState<string | null>(null);
  const [excludeMissing, setExcludeMissing] = useState(false);
  const missing = campaign.accountsMissingValues;

  const isAuthor = viewerEmail !== null && viewerEmail.toLowerCase() === campaign.createdBy.toLowerCase();
  const approvedByViewer = campaign.approvals.some(
    (approval) => viewerEmail !== null && approval.approvedBy.toLowerCase() === viewerEmail.toLowerCase(),
  );
  const isApproved = campaign.approvals.length >= campaign.approvalsRequired;
  const isFinished =
    campaign.status === 'SENDING' ||
    campaign.status === 'SENT' ||
    campaign.status === 'SENT_WITH_FAILURES' ||
    campaign.status === 'CANCELLED';
  const countOf = (status: 'FAILED' | 'UNKNOWN') =>
    campaign.deliveryCounts
      .filter((count) => count.status === status)
      .reduce((total, count) => total + count.count, 0);

  const approveBlocked = !isOpen(campaign.status)
    ? null
    : isAuthor
      ? 'You wrote this campaign: someone other than its author approves it.'
      : approvedByViewer
        ? 'You have approved it; it waits for a second approver.'
        : null;

  const sendBlocked =
    campaign.status === 'CANCELLED'
      ? 'The campaign is cancelled.'
      : !isApproved || campaign.status !== 'APPROVED'
        ? `It needs ${campaign.approvalsRequired === 2 ? 'two approvals' : 'approval'} by someone other than its author.`
        : !campaign.testSentAt
          ? 'Send a test first, and read it.'
          : null;

  async function onApprove() {
    setDone(null);
    const payload = await approve.submit(
      async () =>
        (await graphqlRequest(APPROVE_CAMPAIGN, { input: { campaignId: campaign.id } })).approveCampaign,
    );
    if (payload) {
      setDone('Approved.');
      onChanged();
    }
  }

  async function onTest(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    const to = String(new FormData(event.currentTarget).get('to') ?? '').trim();
    const payload = await test.submit(
      async () =>
        (await graphqlRequest(TEST_SEND_CAMPAIGN, { input: { campaignId: campaign.id, to } }))
          .testSendCampaign,
    );
    if (payload) {
      setDone(`Test sent to ${to}.`);
      onChanged();
    }
  }

  async function onSend() {
    setDone(null);
    const payload = await send.submit(
      async () =>
        (
          await graphqlRequest(SEND_CAMPAIGN, {
            input: { campaignId: campaign.id, excludeAccountsMissingValues: excludeMissing },
          })
        ).sendCampaign,
    );
    if (payload) {
      setDone('Sent: emails go out through the sender; notices are posted.');
      onChanged();
    }
  }

  async function onCancel() {
    if (!window.confirm('Cancel this campaign? Messages not yet sent stay unsent.')) return;
    setDone(null);
    const payload = await send.submit(
      async () =>
        (await graphqlRequest(CANCEL_CAMPAIGN, { input: { campaignId: campaign.id } })).cancelCampaign,
    );
    if (payload) {
      setDone('Cancelled.');
      onChanged();
    }
  }

  const canApprove = can('approveCampaign');
  const canSend = can('sendCampaign');
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <Card title={`Approval · ${campaign.approvals.length}/${campaign.approvalsRequired}`}>
        <div className="space-y-3" data-testid="approval">
          {campaign.approvals.length === 0 ? (
            <p className="text-sm text-slate-600">Not approved yet.</p>
          ) : (
            <ul className="space-y-1 text-sm text-slate-700">
              {campaign.approvals.map((approval) => (
                <li key={approval.approvedBy}>
                  ✓ {approval.approvedBy}{' '}
                  <span className="text-xs text-slate-500">{formatDateTime(approval.at)}</span>
                </li>
              ))}
            </ul>
          )}
          {campaign.approvalsRequired === 2 && (
            <p className="text-xs text-slate-500">A large audience: two people approve it.</p>
          )}
          {missing.accountCount > 0 && isOpen(campaign.status) && (
            <p className="text-xs text-amber-800">
              {missing.accountCount.toLocaleString('en-US')} recipient account
              {missing.accountCount === 1 ? ' lacks' : 's lack'} a value the template uses (listed above).
            </p>
          )}
          {canApprove && isOpen(campaign.status) && (
            <>
              <Button
                onClick={() => void onApprove()}
                disabled={approve.pending || viewerEmail === null || approveBlocked !== null}
              >
                Approve
              </Button>
              {approveBlocked && <p className="text-xs text-slate-500">{approveBlocked}</p>}
            </>
          )}
          {!canApprove && isOpen(campaign.status) && (
            <p className="text-xs text-slate-500">Admin and program users approve campaigns.</p>
          )}
          <ErrorText>{approve.errors.campaignId ?? approve.errors.form}</ErrorText>
        </div>
      </Card>
      <Card title="Test send">
        <div className="space-y-3">
          <p className="text-sm text-slate-600">
            {campaign.testSentAt ? (
              <>
                Last test to <span className="font-medium">{campaign.testSentTo}</span>{' '}
                {formatDateTime(campaign.testSentAt)}.{' '}
                <Link href="/comms/outbox" className="text-brand-700 hover:underline">
                  Outbox
                </Link>
              </>
            ) : (
              'The message as the first account gets it, to one address, marked [Test].'
            )}
          </p>
          {can('testSendCampaign') && !isFinished && (
            <form onSubmit={onTest} aria-label="Test send" className="space-y-2">
              <Field label="Send a test to" error={test.errors.to}>
                <TextInput
                  name="to"
                  type="email"
                  required
                  // Your own address until you type another: typing is never overwritten when it loads.
                  value={testAddress ?? viewerEmail ?? ''}
                  onChange={(event) => setTestAddress(event.target.value)}
                  placeholder="you@example.com"
                />
              </Field>
              <FormFooter
                error={test.errors.campaignId ?? test.errors.form}
                pending={test.pending}
                submit="Send test"
                busy="Sending…"
              />
            </form>
          )}
        </div>
      </Card>
      <Card title="Send">
        <div className="space-y-3">
          {campaign.status === 'SENT_WITH_FAILURES' ? (
            <p className="text-sm text-red-700" data-testid="send-failures">
              Sent with failures: {countOf('FAILED').toLocaleString('en-US')} failed,{' '}
              {countOf('UNKNOWN').toLocaleString('en-US')} with an unknown outcome (the mail server may have
              them; check its log before sending them again). The deliveries below say why.
            </p>
          ) : campaign.status === 'SENT' || campaign.status === 'SENDING' ? (
            <p className="text-sm text-slate-600">
              {campaign.status === 'SENT'
                ? 'Sent. Every message has gone out or been recorded.'
                : 'Sent; emails are going out (some may wait for their local send time).'}
            </p>
          ) : (
            <p className="text-sm text-slate-600">{sendBlocked ?? 'Approved and tested: ready to send.'}</p>
          )}
          {canSend && !isFinished && missing.accountCount > 0 && (
            <Checkbox checked={excludeMissing} onChange={setExcludeMissing}>
              Leave out the {missing.accountCount.toLocaleString('en-US')} account
              {missing.accountCount === 1 ? '' : 's'} without a value for {asPlaceholders(missing.variables)}
            </Checkbox>
          )}
          {canSend && !isFinished && (
            <div className="flex flex-wrap gap-2">
              <Button onClick={() => void onSend()} disabled={send.pending || sendBlocked !== null}>
                Send campaign
              </Button>
              <Button variant="danger" onClick={() => void onCancel()} disabled={send.pending}>
                Cancel campaign
              </Button>
            </div>
          )}
          <ErrorText>
            {send.errors.campaignId ?? send.errors.excludeAccountsMissingValues ?? send.errors.form}
          </ErrorText>
        </div>
      </Card>
      {done && (
        <p role="status" className="text-sm text-emerald-700 lg:col-span-3">
          {done}
        </p>
      )}
    </div>
  );
}
