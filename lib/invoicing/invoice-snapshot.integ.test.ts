import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  makeAccount,
  makeBillRun,
  makeOrganization,
  makeProduct,
  makeSubscription,
} from '../../seed/factories';
import { setUpTestDatabase } from '../../seed/set-up-test-database';
import { updateAccount } from '../accounts/save-account';
import { getPortalInvoice } from '../portal/get-portal-invoice';
import { creditInvoice } from './credit-invoice';
import { finalizeInvoice } from './finalize-invoice';
import { getInvoicePdf } from './invoice-pdf';
import { listInvoices } from './invoice-queries';
import { processBillRun } from './process-bill-run';
import { extractPageTexts } from './testing/extract-page-texts';
import { voidInvoice } from './void-invoice';

/**
 * An issued invoice is a legal document: what it says about the seller and the customer is
 * what they were when it was finalized, however the account or the organization is edited
 * afterwards, and every download of it is the same file. A draft shows the account as it is.
 */
const database = setUpTestDatabase();
const ctx = () => database.ctx();
let productId = '';

beforeAll(async () => {
  await makeOrganization(database.db, { name: 'Example Telecom' });
  productId = (
    await makeProduct(database.db, {
      code: 'SUPPORT',
      price: { currency: 'USD', model: 'flat', amount: '50.00', effectiveFrom: '2026-01-01' },
    })
  ).id;
});

afterEach(() => {
  vi.useRealTimers();
});

/** A new account with one flat subscription and its draft for the period. */
async function accountWithDraft(period: { periodStart: string; periodEnd: string }, accountId?: string) {
  const id =
    accountId ??
    (
      await makeAccount(database.db, {
        externalId: `BR-${Math.random().toString(36).slice(2, 8)}`,
        name: 'Blue Ridge Dental',
        contactName: 'Ana Ortiz',
        billingEmail: 'ap@blueridge.example',
        invoiceDelivery: 'portal',
        paymentTermsDays: 30,
      })
    ).id;
  if (!accountId) await makeSubscription(database.db, { accountId: id, productId });
  const run = await makeBillRun(database.db, { ...period, accountIds: [id] });
  await processBillRun(database.db, run.id);
  const page = await listInvoices(ctx(), { first: 10, filter: { billRunId: run.id } });
  const draft = page.edges[0]?.node;
  if (!draft) throw new Error('the bill run made no draft');
  return { accountId: id, draft };
}

async function pdfOf(invoiceId: string): Promise<Uint8Array> {
  const found = await getInvoicePdf(ctx(), invoiceId);
  if (!found) throw new Error(`no PDF for ${invoiceId}`);
  return found.pdf;
}

async function textOf(invoiceId: string): Promise<string> {
  return (await extractPageTexts(await pdfOf(invoiceId))).flat().join('\n');
}

/** Renames and re-addresses the account and renames the organization. */
async function editEverything(accountId: string, suffix: string) {
  const { userErrors } = await updateAccount(ctx(), accountId, {
    name: `Granite Holdings ${suffix}`,
    contactName: `Lee Park ${suffix}`,
    billingEmail: `billing-${suffix.toLowerCase()}@granite.example`,
    externalId: `GR-${suffix}-${accountId.slice(0, 6)}`,
    paymentTermsDays: 7,
    taxRegion: 'US-TX',
  });
  expect(userErrors).toEqual([]);
  await makeOrganization(database.db, { name: `Northwind Networks ${suffix}` });
}

describe('a finalized invoice', () => {
  it('prints the seller and bill-to of its finalizing, the same bytes on every download', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-01T09:00:00Z') });
    await makeOrganization(database.db, { name: 'Example Telecom' });
    const { accountId, draft } = await accountWithDraft({
      periodStart: '2026-10-01',
      periodEnd: '2026-11-01',
    });
    const finalized = await finalizeInvoice(ctx(), { id: draft.id, issueDate: '2026-11-01' });
    expect(finalized.userErrors).toEqual([]);
    const first = await pdfOf(draft.id);
    const firstText = await textOf(draft.id);
    for (const printed of ['Example Telecom', 'Blue Ridge Dental', 'Attn. Ana Ortiz', 'ap@blueridge.example'])
      expect(firstText).toContain(printed);

    // A day later, everything the invoice printed from live tables has changed.
    vi.setSystemTime(new Date('2026-11-02T15:30:00Z'));
    await editEverything(accountId, 'A');
    const again = await pdfOf(draft.id);
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
    const againText = await textOf(draft.id);
    expect(againText).toContain('Blue Ridge Dental');
    expect(againText).toContain('Example Telecom');
    expect(againText).not.toMatch(/Granite|Northwind|Lee Park/);
    expect(againText).toContain('Due date');
    expect(againText).toContain('2026-12-01'); // net 30 of its finalizing, not the new net 7

    // The file's own dates are the finalizing's, not the clock's.
    const metadata = await PDFDocument.load(again, { updateMetadata: false });
    expect(metadata.getCreationDate()?.toISOString()).toBe(finalized.invoice?.finalizedAt?.toISOString());
    expect(metadata.getModificationDate()?.toISOString()).toBe(finalized.invoice?.finalizedAt?.toISOString());

    // The portal's page of it reads the same document.
    const portal = await getPortalInvoice(database.db, accountId, draft.id);
    expect(portal?.document.account.name).toBe('Blue Ridge Dental');
    expect(portal?.document.seller.name).toBe('Example Telecom');

    // Voiding marks it void and dates the change, but what it said stays.
    const voided = await voidInvoice(ctx(), { id: draft.id, reason: 'Wrong period' });
    expect(voided.userErrors).toEqual([]);
    const voidText = await textOf(draft.id);
    expect(voidText).toContain('VOID');
    expect(voidText).toContain('Blue Ridge Dental');
    expect(voidText).not.toContain('Granite');
  });

  it('while a draft of the same account prints its current details', async () => {
    const { accountId, draft } = await accountWithDraft({
      periodStart: '2026-10-01',
      periodEnd: '2026-11-01',
    });
    expect(await textOf(draft.id)).toContain('Blue Ridge Dental');
    await finalizeInvoice(ctx(), { id: draft.id, issueDate: '2026-11-01' });
    await editEverything(accountId, 'B');
    const november = await accountWithDraft(
      { periodStart: '2026-11-01', periodEnd: '2026-12-01' },
      accountId,
    );
    const draftText = await textOf(november.draft.id);
    expect(draftText).toContain('Granite Holdings B');
    expect(draftText).toContain('Northwind Networks B');
    expect(draftText).toContain('Attn. Lee Park B');
    expect(draftText).not.toContain('Blue Ridge');
    expect(await textOf(draft.id)).toContain('Blue Ridge Dental');
  });

  it('has credit notes that freeze their own details when issued', async () => {
    const { accountId, draft } = await accountWithDraft({
      periodStart: '2026-10-01',
      periodEnd: '2026-11-01',
    });
    await finalizeInvoice(ctx(), { id: draft.id, issueDate: '2026-11-01' });
    await editEverything(accountId, 'C');
    const credited = await creditInvoice(ctx(), { invoiceId: draft.id, reason: 'Goodwill' });
    expect(credited.userErrors).toEqual([]);
    const noteId = credited.invoice?.id ?? '';
    const first = await pdfOf(noteId);
    const noteText = await textOf(noteId);
    expect(noteText).toContain('Granite Holdings C');
    expect(noteText).toContain('Northwind Networks C');

    await editEverything(accountId, 'D');
    expect(Buffer.from(await pdfOf(noteId)).equals(Buffer.from(first))).toBe(true);
    expect(await textOf(noteId)).not.toContain('Granite Holdings D');
    expect(await textOf(draft.id)).toContain('Blue Ridge Dental');
  });
});
