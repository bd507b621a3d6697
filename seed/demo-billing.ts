import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { getAccountByExternalId } from '../db/queries/accounts';
import { listLinesOfInvoices } from '../db/queries/invoices';
import { getProductByCode } from '../db/queries/products';
import { type InvoiceRow, invoiceDeliveries, invoices } from '../db/schema';
import { createAccount, updateAccount } from '../lib/accounts/save-account';
import { systemActor } from '../lib/auth/actor';
import { runDraftChecks } from '../lib/autopilot/run-draft-checks';
import { ensureDefaultCatalog } from '../lib/catalog/default-catalog';
import type { OperationContext } from '../lib/context';
import { createBillRun } from '../lib/invoicing/bill-runs';
import { creditInvoice } from '../lib/invoicing/credit-invoice';
import { finalizeInvoice } from '../lib/invoicing/finalize-invoice';
import { listInvoices } from '../lib/invoicing/invoice-queries';
import { processBillRun } from '../lib/invoicing/process-bill-run';
import { must } from '../lib/must';
import { addOneTimeCharge } from '../lib/subscriptions/add-one-time-charge';
import { changeSubscription } from '../lib/subscriptions/change-subscription';
import { createSubscription } from '../lib/subscriptions/create-subscription';
import { createTaxRule } from '../lib/tax/tax-rules';

/** What each demo customer subscribes to: product code → seats/units. */
const plans: Record<string, Record<string, string>> = {
  'NW-1001': { 'HPBX-SEAT': '12', DID: '14', 'MSP-DEV': '6' },
  'NW-1002': { 'HPBX-SEAT': '5', DID: '5', 'M365-BAS': '9' },
  'NW-1003': { 'UCAAS-PRO': '8', DID: '8' },
  'NW-1004': { 'HPBX-SEAT': '20', DID: '22', 'MSP-DEV': '14', 'M365-BAS': '20' },
  'NW-1005': { 'UCAAS-PRO': '6', 'M365-BAS': '6' },
  'NW-1006': { 'HPBX-SEAT': '9', DID: '9' },
  'NW-1007': { 'HPBX-SEAT': '2', DID: '2' },
  'NW-1008': { 'SIP-CH': '10', DID: '30', 'MSP-DEV': '4' },
  'NW-1009': { 'UCAAS-PRO': '15', DID: '15', 'M365-BAS': '15' },
};

/**
 * The demo provider's billing: Texas tax rules, contacts and terms on the ten customers,
 * their subscriptions since January (one upgraded mid-October, one who joined on the 10th
 * with an installation, a branch office its head office pays for), September billed and
 * finalized, October billed by a bill run with most drafts finalized and one credited.
 */
export async function seedDemoBilling(db: Db): Promise<void> {
  const ctx: OperationContext = { db, actor: systemActor('seed') };
  const catalog = await ensureDefaultCatalog(db);
  const product = async (code: string) =>
    must(await getProductByCode(db, catalog.id, code), `product ${code}`);
  const account = async (externalId: string) =>
    must(await getAccountByExternalId(db, externalId), `account ${externalId}`);

  for (const [taxCode, taxCategory, ratePercent] of [
    ['SALES', 'telecom', '6.25'],
    ['SALES', 'service', '6.25'],
    ['USF', 'telecom', '3.4'],
  ] as const)
    await createTaxRule(ctx, {
      region: 'US-TX',
      taxCode,
      taxCategory,
      ratePercent,
      effectiveFrom: '2026-01-01',
    });

  for (let n = 1001; n <= 1010; n++) {
    const customer = await account(`NW-${n}`);
    const contact = customer.name.split(' ')[0];
    await updateAccount(ctx, customer.id, {
      billingEmail: `accounts@${customer.name.toLowerCase().replace(/[^a-z]+/g, '')}.example`,
      contactName: `${contact} Accounts Payable`,
      taxRegion: 'US-TX',
      // A non-profit clinic with a sales-tax exemption certificate.
      taxExemptions: n === 1004 ? ['SALES'] : [],
      paymentTermsDays: n % 3 === 0 ? 15 : 30,
    });
  }
  const headOffice = await account('NW-1003');
  await createAccount(ctx, {
    externalId: 'NW-1003-DT',
    name: 'Harbor Point Realty (Downtown office)',
    currency: 'USD',
    parentAccountId: headOffice.id,
    billToParent: true,
    taxRegion: 'US-TX',
  });
  plans['NW-1003-DT'] = { 'UCAAS-PRO': '3', DID: '3' };

  for (const [externalId, items] of Object.entries(plans)) {
    const customer = await account(externalId);
    for (const [code, quantity] of Object.entries(items))
      await createSubscription(ctx, {
        accountId: customer.id,
        productId: (await product(code)).id,
        quantity,
        startDate: '2026-01-01',
        serviceIds:
          code === 'DID' ? [`+1512555${String(customer.externalId.slice(3)).padStart(4, '0')}`] : [],
      });
  }
  // Pinecrest Dental grows from 5 to 8 seats on 16 October, with 10% off the new terms.
  const pinecrest = await account('NW-1002');
  const { subscription: seats } = await createSubscription(ctx, {
    accountId: pinecrest.id,
    productId: (await product('MSP-DEV')).id,
    quantity: '5',
    startDate: '2026-01-01',
  });
  await changeSubscription(ctx, {
    id: must(seats, 'Pinecrest seats').id,
    effectiveDate: '2026-10-16',
    quantity: '8',
    discountPercent: '10',
  });
  // Crescent Veterinary joins on 10 October: seats from then on and an installation.
  const crescent = await account('NW-1010');
  await createSubscription(ctx, {
    accountId: crescent.id,
    productId: (await product('HPBX-SEAT')).id,
    quantity: '4',
    startDate: '2026-10-10',
  });
  // ...and a managed firewall billed in advance: October from the 10th and November on
  // October's invoice, then each month ahead.
  await createSubscription(ctx, {
    accountId: crescent.id,
    productId: (await product('MANAGED-FW')).id,
    quantity: '1',
    startDate: '2026-10-10',
  });
  await addOneTimeCharge(ctx, {
    accountId: crescent.id,
    productId: (await product('INSTALL')).id,
    chargeDate: '2026-10-10',
    quantity: '1',
  });

  await billAndFinalize(ctx, { periodStart: '2026-09-01', periodEnd: '2026-10-01' }, '2026-10-01', []);
  // Three October drafts are left for review: Pinecrest's grew by its upgrade and Crescent's is
  // its first (both held by the checks), Ironworks' is clean.
  const october = await billAndFinalize(
    ctx,
    { periodStart: '2026-10-01', periodEnd: '2026-11-01' },
    '2026-11-01',
    [pinecrest.id, crescent.id, (await account('NW-1008')).id],
  );
  // A goodwill credit: Blue Ridge's seats were down for two days.
  const blueRidge = must(
    october.find((invoice) => invoice.accountId !== crescent.id && invoice.status === 'finalized'),
    'a finalized October invoice',
  );
  const seatLine = (await listLinesOfInvoices(db, [blueRidge.id])).find(
    (line) => line.lineType === 'recurring',
  );
  if (seatLine)
    await creditInvoice(ctx, {
      invoiceId: blueRidge.id,
      reason: 'Service outage on 14-15 October (ticket 4471)',
      lines: [{ lineId: seatLine.id, amount: '25.00' }],
    });
}

/**
 * November, billed on 1 December: the provider's customers and, for the first time, the pilot
 * wave cut over on 1 November, whose first Switchboard invoices this is. Run after the
 * migration's cutover, so the bill run takes every account Switchboard now bills.
 */
export async function seedDemoNovemberBilling(db: Db): Promise<void> {
  const ctx: OperationContext = { db, actor: systemActor('seed') };
  await billAndFinalize(ctx, { periodStart: '2026-11-01', periodEnd: '2026-12-01' }, '2026-12-01', []);
}

/** Runs a bill run to completion in this process and finalizes its drafts but those of `leftForReview` (account ids). */
async function billAndFinalize(
  ctx: OperationContext,
  period: { periodStart: string; periodEnd: string },
  issueDate: string,
  leftForReview: readonly string[],
) {
  const { billRun } = await createBillRun(ctx, period);
  const run = must(billRun, `bill run ${period.periodStart}`);
  // One lane: the seed runs in one transaction, where a second lane's claims (savepoints on the
  // same connection) would not skip the first's locked rows and would find its invoices made.
  await processBillRun(ctx.db, run.id, { concurrency: 1 });
  const drafts = (await listInvoices(ctx, { first: 200, filter: { billRunId: run.id } })).edges
    .map((edge) => edge.node)
    .sort((a, b) => a.accountId.localeCompare(b.accountId));
  const toFinalize = drafts.filter((draft) => !leftForReview.includes(draft.accountId));
  const finalized = [];
  for (const draft of toFinalize) {
    const { invoice } = await finalizeInvoice(ctx, { id: draft.id, issueDate });
    finalized.push(must(invoice, 'finalized invoice'));
  }
  await markEmailsSentOn(ctx.db, finalized, issueDate);
  // The drafts left are checked as autopilot would, so the run's review queue shows what held them.
  if (leftForReview.length > 0) await runDraftChecks(ctx.db, run.id);
  return [...finalized, ...drafts.filter((draft) => leftForReview.includes(draft.accountId))];
}

/**
 * The demo's past months were finalized and emailed the morning they were issued (to the
 * outbox), so the program's on-time billing KPI reads a history; the delivery job finds them
 * sent already.
 */
async function markEmailsSentOn(db: Db, finalized: readonly InvoiceRow[], issueDate: string) {
  if (finalized.length === 0) return;
  const morning = new Date(`${issueDate}T08:00:00Z`);
  await db
    .update(invoices)
    .set({ finalizedAt: morning })
    .where(
      inArray(
        invoices.id,
        finalized.map((invoice) => invoice.id),
      ),
    );
  await db
    .update(invoiceDeliveries)
    .set({ status: 'sent', transport: 'outbox', sentAt: morning, attempts: 1 })
    .where(
      and(
        inArray(
          invoiceDeliveries.invoiceId,
          finalized.map((invoice) => invoice.id),
        ),
        eq(invoiceDeliveries.status, 'queued'),
      ),
    );
}
