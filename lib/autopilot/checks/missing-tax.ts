import { listMissingTaxOfDrafts } from '../../../db/queries/draft-checks';
import { groupBy } from '../../invoicing/group-by';
import type { DraftCheck, Finding } from './types';

/**
 * No tax line on a draft that bills a category its account's region taxes: a tax rule of
 * the region, in force on the period's first day (as bill runs tax) and not among the
 * account's exemptions, covers a category of one of its non-zero lines. An untaxed invoice
 * cannot be corrected later without a credit note.
 */
export const missingTax: DraftCheck = {
  code: 'MISSING_TAX',
  title: 'Missing tax',
  description: "No tax line, though the account's region has a tax rule for what the draft bills.",
  defaultSeverity: 'hold',
  thresholds: [],
  async find(db, chunk) {
    const rows = await listMissingTaxOfDrafts(db, chunk.invoiceIds);
    const findings: Finding[] = [];
    for (const [invoiceId, rules] of groupBy(rows, (row) => row.invoiceId)) {
      const region = rules[0]?.region ?? '';
      const named = rules.map((r) => `${r.taxCode} ${r.ratePercent} % on ${r.taxCategory}`).join(', ');
      findings.push({
        invoiceId,
        code: 'MISSING_TAX',
        message: `No tax line, though region ${region} has ${named} in force for this period.`,
        details: { region, rules: rules.map(({ invoiceId: _, ...rule }) => rule) },
      });
    }
    return findings;
  },
};
