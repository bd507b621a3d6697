import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDraftReview } from '../db/queries/draft-reviews';
import { auditEntries, invoiceDeliveries, invoices } from '../db/schema';
import type { Actor } from '../lib/auth/actor';
import { discardDraft } from '../lib/autopilot/discard-draft';
import { holdDraft } from '../lib/autopilot/hold-draft';
import { runDraftChecks } from '../lib/autopilot/run-draft-checks';
import { makeAccount, makeBillRun, makeInvoice, makeUser } from '../seed/factories';
import { signedInGraphQL } from './testing/signed-in-graphql';

/** The review queue over HTTP, as billing staff: findings, comparison, decisions, conflicts. */
const api = signedInGraphQL('billing');
const october = { periodStart: '2026-10-01', periodEnd: '2026-11-01' };
let alice: Actor = { kind: 'anonymous' };

beforeAll(async () => {
  const { user } = await makeUser(api.db, { role: 'billing', email: 'alice@example.test' });
  alice = { kind: 'user', user, sessionId: null };
});

interface Line {
  description: string;
  amount: string;
  lineType?: 'recurring' | 'usage';
}

/**
 * An account with a finalized September invoice and an October draft in a fresh bill run,
 * checked: with the default thresholds a change of more than 25 % and 100.00 holds it.
 */
async function checkedRun(
  drafts: { previous: Line[]; draft: Line[]; billingEmail?: string | null; name?: string }[],
) {
  const accounts = [];
  for (const d of drafts)
    accounts.push(
      await makeAccount(api.db, {
        name: d.name ?? 'Acme Telecom',
        billingEmail: d.billingEmail === undefined ? 'ap@acme.test' : d.billingEmail,
      }),
    );
  const run = await makeBillRun(api.db, { ...october, accountIds: accounts.map((a) => a.id) });
  const draftIds: string[] = [];
  for (const [i, d] of drafts.entries()) {
    const accountId = accounts[i]?.id ?? '';
    await makeInvoice(api.db, {
      accountId,
      periodStart: '2026-09-01',
      periodEnd: '2026-10-01',
      issueDate: '2026-10-01',
      lines: d.previous,
    });
    const draft = await makeInvoice(api.db, {
      accountId,
      billRunId: run.id,
      ...october,
      status: 'draft',
      number: null,
      issueDate: null,
      dueDate: null,
      finalizedAt: null,
      lines: d.draft,
    });
    draftIds.push(draft.id);
  }
  await runDraftChecks(api.db, run.id);
  return { run, accounts, draftIds };
}

const seats = (amount: string): Line => ({ description: 'Seats', amount });
const support = (amount: string): Line => ({ description: 'Support', amount });

const REVIEWS = `query($runId: ID!, $states: [DraftReviewState!], $code: String, $first: Int, $after: String) {
  draftReviews(billRunId: $runId, states: $states, findingCode: $code, first: $first, after: $after) {
    edges { node { invoiceId state version account { name } invoice { status total } findings { code severity message } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const DECIDE = (name: string) => `mutation($input: DraftDecisionInput!) {
  ${name}(input: $input) {
    review { state decidedBy reason version invoice { status number } }
    userErrors { code field message }
  }
}`;

type ReviewsAnswer = {
  draftReviews: {
    edges: {
      node: {
        invoiceId: string;
        state: string;
        version: number;
        findings: { code: string; severity: string; message: string }[];
        invoice: { status: string; total: string } | null;
      };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};
type DecisionAnswer = Record<
  string,
  {
    review: {
      state: string;
      decidedBy: string;
      reason: string | null;
      invoice: { status: string; number: string } | null;
    } | null;
    userErrors: { code: string; field: string[] | null; message: string }[];
  }
>;

describe('the review queue', () => {
  it('lists held drafts with their findings, by state and by finding code, a page at a time', async () => {
    const { run, draftIds } = await checkedRun([
      { previous: [seats('400.00')], draft: [seats('900.00')] },
      { previous: [seats('400.00')], draft: [seats('410.00')] },
      { previous: [seats('400.00')], draft: [seats('900.00')], billingEmail: null },
    ]);
    const held = await api.request<ReviewsAnswer>(REVIEWS, { runId: run.id, states: ['NEEDS_REVIEW'] });
    const nodes = held.body.data?.draftReviews.edges.map((e) => e.node) ?? [];
    expect(nodes.map((n) => n.invoiceId).sort()).toEqual([draftIds[0], draftIds[2]].sort());
    const first = nodes.find((n) => n.invoiceId === draftIds[0]);
    expect(first?.findings).toEqual([
      {
        code: 'TOTAL_CHANGED',
        severity: 'HOLD',
        message: expect.stringMatching(
          /^Total 900\.00 USD is 125 % \(500\.00 USD\) above the previous invoice INV-T\S+ \(400\.00 USD\)\.$/,
        ),
      },
    ]);
    expect(first?.invoice).toEqual({ status: 'DRAFT', total: '900' }); // the factory's sum, unpadded;

    const noEmail = await api.request<ReviewsAnswer>(REVIEWS, { runId: run.id, code: 'NO_BILLING_EMAIL' });
    expect(noEmail.body.data?.draftReviews.edges.map((e) => e.node.invoiceId)).toEqual([draftIds[2]]);

    const page1 = await api.request<ReviewsAnswer>(REVIEWS, { runId: run.id, first: 2 });
    const page2 = await api.request<ReviewsAnswer>(REVIEWS, {
      runId: run.id,
      first: 2,
      after: page1.body.data?.draftReviews.pageInfo.endCursor,
    });
    expect(page1.body.data?.draftReviews.pageInfo.hasNextPage).toBe(true);
    const all = [
      ...(page1.body.data?.draftReviews.edges ?? []),
      ...(page2.body.data?.draftReviews.edges ?? []),
    ];
    expect(all.map((e) => e.node.invoiceId).sort()).toEqual([...draftIds].sort());
    expect(page2.body.data?.draftReviews.pageInfo.hasNextPage).toBe(false);
  });

  it('compares a draft with the previous invoice line by line, lines of one side included', async () => {
    const { draftIds } = await checkedRun([
      {
        previous: [seats('400.00'), support('50.00')],
        draft: [seats('900.00'), { description: 'Calls', amount: '12.34' }],
      },
    ]);
    // makeInvoice keys lines line-1, line-2…: Seats match, the rest are on one side each.
    const answer = await api.request<{
      draftComparison: {
        previousInvoice: { number: string } | null;
        totalDifference: string;
        lines: {
          key: string;
          description: string;
          previousAmount: string | null;
          draftAmount: string | null;
          difference: string;
        }[];
      };
    }>(
      `query($id: ID!) { draftComparison(invoiceId: $id) {
        previousInvoice { number } totalDifference
        lines { key description previousAmount draftAmount difference }
      } }`,
      { id: draftIds[0] },
    );
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data?.draftComparison.totalDifference).toBe('462.34');
    expect(answer.body.data?.draftComparison.previousInvoice?.number).toMatch(/^INV-T/);
    expect(answer.body.data?.draftComparison.lines).toEqual([
      {
        key: 'line-1',
        description: 'Seats',
        previousAmount: '400.00',
        draftAmount: '900.00',
        difference: '500',
      },
      {
        key: 'line-2',
        description: 'Calls',
        previousAmount: '50.00',
        draftAmount: '12.34',
        difference: '-37.66',
      },
    ]);
  });
});

describe('decisions', () => {
  it('approves a held draft: finalized, its email queued, the review records who, and the audit log why', async () => {
    const { draftIds } = await checkedRun([{ previous: [seats('400.00')], draft: [seats('900.00')] }]);
    const id = draftIds[0] ?? '';
    const answer = await api.request<DecisionAnswer>(DECIDE('approveDraft'), {
      input: { invoiceId: id, reason: 'New seats ordered in October', version: 1 },
    });
    expect(answer.body.data?.approveDraft?.userErrors).toEqual([]);
    expect(answer.body.data?.approveDraft?.review).toMatchObject({
      state: 'APPROVED',
      decidedBy: 'billing@signed-in.test',
      reason: 'New seats ordered in October',
      invoice: { status: 'FINALIZED', number: expect.stringMatching(/^INV-\d{6}$/) },
    });
    const emails = await api.db.select().from(invoiceDeliveries).where(eq(invoiceDeliveries.invoiceId, id));
    expect(emails.map((e) => e.recipient)).toEqual(['ap@acme.test']);
    const audited = await api.db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.operation, 'approveDraft'));
    expect(audited.map((entry) => entry.inputSummary)).toContainEqual({
      input: { invoiceId: id, reason: 'New seats ordered in October', version: 1 },
    });
  });

  it('holds and discards only with a reason; a discarded draft is gone but its review stays', async () => {
    const { draftIds } = await checkedRun([{ previous: [seats('400.00')], draft: [seats('900.00')] }]);
    const id = draftIds[0] ?? '';
    const noReason = await api.request<DecisionAnswer>(DECIDE('holdDraft'), {
      input: { invoiceId: id, reason: '  ' },
    });
    expect(noReason.body.data?.holdDraft?.userErrors).toEqual([
      { code: 'REQUIRED', field: ['input', 'reason'], message: expect.any(String) },
    ]);
    const held = await api.request<DecisionAnswer>(DECIDE('holdDraft'), {
      input: { invoiceId: id, reason: 'Waiting for the customer to confirm' },
    });
    expect(held.body.data?.holdDraft?.review?.state).toBe('ON_HOLD');
    const discarded = await api.request<DecisionAnswer>(DECIDE('discardDraft'), {
      input: { invoiceId: id, reason: 'Seats were entered twice' },
    });
    expect(discarded.body.data?.discardDraft?.review).toMatchObject({ state: 'DISCARDED', invoice: null });
    expect(await api.db.select().from(invoices).where(eq(invoices.id, id))).toEqual([]);
    expect(await getDraftReview(api.db, id)).toMatchObject({
      state: 'discarded',
      reason: 'Seats were entered twice',
    });
    const audited = await api.db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.operation, 'discardDraft'));
    expect(audited.map((entry) => entry.inputSummary)).toContainEqual({
      input: { invoiceId: id, reason: 'Seats were entered twice' },
    });
  });

  it('approving a draft another reviewer discarded says who did what and when, and changes nothing', async () => {
    const { draftIds } = await checkedRun([
      { previous: [seats('400.00')], draft: [seats('900.00')], name: 'ACME' },
    ]);
    const id = draftIds[0] ?? '';
    const theirs = await discardDraft({ db: api.db, actor: alice }, { invoiceId: id, reason: 'Duplicate' });
    expect(theirs.userErrors).toEqual([]);
    const before = await getDraftReview(api.db, id);
    const mine = await api.request<DecisionAnswer>(DECIDE('approveDraft'), { input: { invoiceId: id } });
    expect(mine.body.data?.approveDraft?.review).toBeNull();
    expect(mine.body.data?.approveDraft?.userErrors).toEqual([
      {
        code: 'INVALID_STATE',
        field: ['input', 'invoiceId'],
        message: expect.stringMatching(
          /^The draft for ACME was discarded by alice@example\.test at \d{4}-\d\d-\d\d \d\d:\d\d UTC \(Duplicate\)\.$/,
        ),
      },
    ]);
    expect(await getDraftReview(api.db, id)).toEqual(before);
  });

  it('a decision on a version someone has decided since is refused', async () => {
    const { draftIds } = await checkedRun([
      { previous: [seats('400.00')], draft: [seats('900.00')], name: 'Globex' },
    ]);
    const id = draftIds[0] ?? '';
    await holdDraft({ db: api.db, actor: alice }, { invoiceId: id, reason: 'Asking sales', version: 1 });
    const mine = await api.request<DecisionAnswer>(DECIDE('approveDraft'), {
      input: { invoiceId: id, version: 1 },
    });
    expect(mine.body.data?.approveDraft?.userErrors[0]?.message).toMatch(
      /^The draft for Globex was held by alice@example\.test at .* \(Asking sales\)\.$/,
    );
    const stillDraft = await api.db.select().from(invoices).where(eq(invoices.id, id));
    expect(stillDraft[0]?.status).toBe('draft');
  });

  it('two reviewers at once: one wins, the other is told', async () => {
    const { draftIds } = await checkedRun([{ previous: [seats('400.00')], draft: [seats('900.00')] }]);
    const id = draftIds[0] ?? '';
    const [approve, discard] = await Promise.all([
      api.request<DecisionAnswer>(DECIDE('approveDraft'), { input: { invoiceId: id, version: 1 } }),
      discardDraft({ db: api.db, actor: alice }, { invoiceId: id, reason: 'Wrong period', version: 1 }),
    ]);
    const approved = (approve.body.data?.approveDraft?.userErrors.length ?? 1) === 0;
    const discarded = discard.userErrors.length === 0;
    expect(approved !== discarded).toBe(true);
    const review = await getDraftReview(api.db, id);
    expect(review?.state).toBe(approved ? 'approved' : 'discarded');
    expect(review?.version).toBe(2);
    if (approved)
      expect(discard.userErrors[0]?.message).toMatch(/was approved and finalized by billing@signed-in\.test/);
    else
      expect(approve.body.data?.approveDraft?.userErrors[0]?.message).toMatch(
        /was discarded by alice@example\.test/,
      );
  });

  it('bulk-approves the drafts whose only holding finding is the given code', async () => {
    const { run, draftIds } = await checkedRun([
      { previous: [seats('400.00')], draft: [seats('900.00')] },
      { previous: [seats('400.00')], draft: [seats('901.00')] },
      { previous: [seats('400.00')], draft: [seats('902.00')], billingEmail: null },
      { previous: [seats('400.00')], draft: [seats('903.00')] },
    ]);
    await holdDraft({ db: api.db, actor: alice }, { invoiceId: draftIds[3] ?? '', reason: 'Ask first' });
    const BULK = `mutation($input: ApproveDraftsWithOnlyFindingInput!) {
      approveDraftsWithOnlyFinding(input: $input) { approved skipped userErrors { code field } }
    }`;
    const noReason = await api.request<{ approveDraftsWithOnlyFinding: { userErrors: { code: string }[] } }>(
      BULK,
      {
        input: { billRunId: run.id, code: 'TOTAL_CHANGED' },
      },
    );
    expect(noReason.body.data?.approveDraftsWithOnlyFinding.userErrors).toEqual([
      { code: 'REQUIRED', field: ['input', 'reason'] },
    ]);
    const unknown = await api.request<{ approveDraftsWithOnlyFinding: { userErrors: { code: string }[] } }>(
      BULK,
      {
        input: { billRunId: run.id, code: 'NOPE', reason: 'x' },
      },
    );
    expect(unknown.body.data?.approveDraftsWithOnlyFinding.userErrors).toEqual([
      { code: 'NOT_FOUND', field: ['input', 'code'] },
    ]);
    const answer = await api.request<{ approveDraftsWithOnlyFinding: { approved: number; skipped: number } }>(
      BULK,
      {
        input: { billRunId: run.id, code: 'TOTAL_CHANGED', reason: 'October price rise' },
      },
    );
    expect(answer.body.data?.approveDraftsWithOnlyFinding).toMatchObject({ approved: 2, skipped: 0 });
    const states = await Promise.all(draftIds.map(async (id) => (await getDraftReview(api.db, id))?.state));
    expect(states).toEqual(['approved', 'approved', 'needs_review', 'on_hold']);
    const audited = await api.db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.operation, 'approveDraftsWithOnlyFinding'));
    expect(audited.map((entry) => entry.inputSummary)).toContainEqual({
      input: { billRunId: run.id, code: 'TOTAL_CHANGED', reason: 'October price rise' },
    });
  });
});

describe('check settings over HTTP', () => {
  const UPDATE = `mutation($input: UpdateDraftCheckSettingInput!) {
    updateDraftCheckSetting(input: $input) {
      setting { code enabled severity thresholds { name value defaultValue } updatedBy }
      userErrors { code field message }
    }
  }`;
  type UpdateAnswer = {
    updateDraftCheckSetting: {
      setting: {
        code: string;
        enabled: boolean;
        severity: string;
        thresholds: { name: string; value: string }[];
      } | null;
      userErrors: { code: string; field: string[] | null; message: string }[];
    };
  };

  it('lists every check with its defaults and saves a change', async () => {
    const list = await api.request<{ draftCheckSettings: { code: string; severity: string }[] }>(
      '{ draftCheckSettings { code severity } }',
    );
    expect(list.body.data?.draftCheckSettings.map((s) => s.code)).toEqual([
      'TOTAL_CHANGED',
      'ZERO_OR_NEGATIVE_TOTAL',
      'TOTAL_ABOVE',
      'FIRST_INVOICE',
      'USAGE_STOPPED',
      'UNRATED_USAGE',
      'PRICE_DIFFERS_FROM_CATALOG',
      'MISSING_TAX',
      'NO_BILLING_EMAIL',
    ]);
    const saved = await api.request<UpdateAnswer>(UPDATE, {
      input: { code: 'TOTAL_ABOVE', severity: 'WARNING', thresholds: [{ name: 'amount', value: '25000' }] },
    });
    expect(saved.body.data?.updateDraftCheckSetting).toEqual({
      setting: {
        code: 'TOTAL_ABOVE',
        enabled: true,
        severity: 'WARNING',
        thresholds: [{ name: 'amount', value: '25000', defaultValue: '10000' }],
        updatedBy: 'billing@signed-in.test',
      },
      userErrors: [],
    });
  });

  it('refuses a negative threshold and an unknown code with typed user errors, changing nothing', async () => {
    const negative = await api.request<UpdateAnswer>(UPDATE, {
      input: { code: 'TOTAL_CHANGED', enabled: false, thresholds: [{ name: 'percent', value: '-5' }] },
    });
    expect(negative.body.data?.updateDraftCheckSetting).toEqual({
      setting: null,
      userErrors: [
        {
          code: 'INVALID',
          field: ['input', 'thresholds', '0', 'value'],
          message: 'percent cannot be negative.',
        },
      ],
    });
    const unknown = await api.request<UpdateAnswer>(UPDATE, { input: { code: 'MADE_UP', enabled: false } });
    expect(unknown.body.data?.updateDraftCheckSetting.userErrors[0]).toMatchObject({
      code: 'NOT_FOUND',
      field: ['input', 'code'],
    });
    const list = await api.request<{ draftCheckSettings: { code: string; enabled: boolean }[] }>(
      '{ draftCheckSettings { code enabled } }',
    );
    expect(list.body.data?.draftCheckSettings.find((s) => s.code === 'TOTAL_CHANGED')?.enabled).toBe(true);
  });
});
