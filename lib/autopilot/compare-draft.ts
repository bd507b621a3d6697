import { loadDraftFacts } from '../../db/queries/draft-checks';
import { getInvoiceById, listLinesOfInvoices } from '../../db/queries/invoices';
import type { InvoiceLineRow, InvoiceRow } from '../../db/schema';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { Dec } from '../money/decimal';

/** One line of the comparison: matched by line key, null on the side it is missing from. */
export interface ComparedLine {
  key: string;
  description: string;
  lineType: InvoiceLineRow['lineType'];
  previousAmount: string | null;
  draftAmount: string | null;
  /** draft − previous, a missing side counting as zero. */
  difference: string;
}

export interface DraftComparison {
  draft: InvoiceRow;
  /** The account's latest finalized invoice before the draft's period; null for a first invoice. */
  previousInvoice: InvoiceRow | null;
  lines: ComparedLine[];
  totalDifference: string;
}

/**
 * A draft beside its account's previous finalized invoice, line by line: lines match by
 * their key (FORMAT.md's line identity: subscription, destination, product, tax code), in the
 * draft's order, then lines only the previous invoice had.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function compareDraft(
  { db, actor }: OperationContext,
  invoiceId: string,
): Promise<DraftComparison | null> {
  authorize(actor, 'draftComparison');
  const [facts] = await loadDraftFacts(db, [invoiceId]);
  const draft = facts ? await getInvoiceById(db, invoiceId) : null;
  if (!facts || !draft) return null;
  const previous = facts.previousInvoiceId ? await getInvoiceById(db, facts.previousInvoiceId) : null;
  const lines = await listLinesOfInvoices(db, previous ? [draft.id, previous.id] : [draft.id]);
  const draftLines = lines.filter((line) => line.invoiceId === draft.id);
  const previousLines = lines.filter((line) => line.invoiceId !== draft.id);
  const previousByKey = new Map<string, InvoiceLineRow[]>();
  for (const line of previousLines)
    previousByKey.set(line.lineKey, [...(previousByKey.get(line.lineKey) ?? []), line]);

  const compared: ComparedLine[] = [];
  for (const line of draftLines) {
    // A key appears once per invoice; should it repeat, lines pair up in order.
    const match = previousByKey.get(line.lineKey)?.shift() ?? null;
    compared.push(comparedLine(line, match));
  }
  for (const rest of previousByKey.values()) for (const line of rest) compared.push(comparedLine(null, line));
  return {
    draft,
    previousInvoice: previous,
    lines: compared,
    totalDifference: new Dec(draft.total).minus(previous?.total ?? 0).toFixed(),
  };
}

function comparedLine(draft: InvoiceLineRow | null, previous: InvoiceLineRow | null): ComparedLine {
  const shown = draft ?? previous;
  if (!shown) throw new Error('comparedLine needs a side');
  return {
    key: shown.lineKey,
    description: shown.description,
    lineType: shown.lineType,
    previousAmount: previous?.amount ?? null,
    draftAmount: draft?.amount ?? null,
    difference: new Dec(draft?.amount ?? 0).minus(previous?.amount ?? 0).toFixed(),
  };
}
