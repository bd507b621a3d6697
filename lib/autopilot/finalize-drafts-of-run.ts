import type { Db } from '../../db/client';
import {
  addDraftsFinalized,
  insertDeliveries,
  lockDraftsOfRun,
  markDraftsFinalized,
} from '../../db/queries/bulk-finalize';
import { takeInvoiceNumbers } from '../../db/queries/invoices';
import { getOrganizationRow } from '../../db/queries/organization';
import type { BillRunRow } from '../../db/schema';
import { addDays, todayIso } from '../dates';
import { invoiceEmailRecipient } from '../invoicing/invoice-email-recipient';
import { invoiceSnapshotOf } from '../invoicing/invoice-snapshot';
import { enqueueInvoiceEmails } from '../jobs/invoice-email-jobs';

export interface BulkFinalizeOptions {
  /** Finalized by the autopilot, no person asking: what the "untouched" KPI counts. */
  automatically?: boolean;
  /** Drafts per transaction. */
  chunkSize?: number;
  /** The issue date when the run has none: today when not given. */
  today?: string;
  /** Called after each committed chunk with the drafts finalized so far by this call. */
  onChunk?: (finalized: number) => void | Promise<void>;
}

/**
 * Chooses, inside a chunk's transaction, the next drafts to finalize (at most `limit`), and
 * claims them so that the same drafts are never chosen again: the autopilot's marks their
 * reviews approved. Empty when none are left.
 */
export type DraftPicker = (tx: Db, limit: number) => Promise<string[]>;

export interface BulkFinalizeResult {
  finalized: number;
  /** The email deliveries queued, in finalizing order. */
  deliveryIds: string[];
}

/**
 * Finalizes the drafts of a run that `pick` chooses, a chunk per transaction, exactly as finalizeInvoice does one: the next numbers of the gapless
 * series in account order (taken in the transaction, so a failure gives them back), the
 * run's issue date (else today), due dates by each account's payment terms, the bill-to and
 * seller frozen, and an email queued where the account takes invoices by email. Stopped at
 * any point, what committed is finalized and the rest are still drafts: calling it again
 * finishes the work, and finalizes nothing twice.
 */
export async function finalizeDraftsOfRun(
  db: Db,
  run: Pick<BillRunRow, 'id' | 'issueDate'>,
  pick: DraftPicker,
  requestedBy: string,
  options: BulkFinalizeOptions = {},
): Promise<BulkFinalizeResult> {
  const chunkSize = options.chunkSize ?? 250;
  const issueDate = run.issueDate ?? options.today ?? todayIso();
  const result: BulkFinalizeResult = { finalized: 0, deliveryIds: [] };
  for (;;) {
    const chunk = await db.transaction(async (tx) => {
      const picked = await pick(tx, chunkSize);
      if (picked.length === 0) return null;
      const drafts = await lockDraftsOfRun(tx, run.id, picked);
      if (drafts.length === 0) return { finalized: 0, deliveryIds: [] };
      const [numbers, organization] = await Promise.all([
        takeInvoiceNumbers(tx, 'invoice', drafts.length),
        getOrganizationRow(tx),
      ]);
      await markDraftsFinalized(
        tx,
        drafts.map((draft, i) => ({
          id: draft.id,
          number: numbers[i] as string,
          issueDate,
          dueDate: addDays(issueDate, draft.paymentTermsDays),
          snapshot: invoiceSnapshotOf(draft, organization),
        })),
        new Date(),
        options.automatically ?? false,
      );
      const deliveryIds = await insertDeliveries(
        tx,
        drafts.flatMap((draft) => {
          const recipient = invoiceEmailRecipient(draft);
          return recipient ? [{ invoiceId: draft.id, recipient, requestedBy }] : [];
        }),
      );
      await enqueueInvoiceEmails(tx, deliveryIds);
      await addDraftsFinalized(tx, run.id, drafts.length);
      return { finalized: drafts.length, deliveryIds };
    });
    if (!chunk) return result;
    result.finalized += chunk.finalized;
    result.deliveryIds.push(...chunk.deliveryIds);
    await options.onChunk?.(result.finalized);
  }
}
