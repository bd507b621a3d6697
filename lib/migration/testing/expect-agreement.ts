import { expect } from 'vitest';
import type { Db } from '../../../db/client';
import { listRunAccounts, listRunLines } from '../../../db/queries/parallel-runs';
import { Dec } from '../../money/decimal';
import type { ExpectedResult } from '../export-generator/expected-result';
import type { LegacyImportReport } from '../import/import-legacy-export';
import type { RunSummary } from '../parallel-run/summarize-run';

type Expected = Pick<
  ExpectedResult,
  | 'faults'
  | 'invoices_in_both'
  | 'invoices_matching_exactly'
  | 'legacy_arpu'
  | 'new_arpu'
  | 'legacy_invoices'
  | 'new_invoices'
  | 'new_totals'
>;

/** Every file read as the manifest says, and read = imported + duplicates + conflicts + rejected. */
export function expectImportToAddUp(
  report: LegacyImportReport,
  manifestRows: Record<string, { rows: number }>,
) {
  for (const [file, counts] of Object.entries(report.files)) {
    expect(counts.read, file).toBe(manifestRows[file]?.rows);
    expect(counts.imported + counts.duplicates + counts.conflicts + counts.rejected, file).toBe(counts.read);
  }
}

/**
 * A parallel run agrees with an export's expected result: every invoice Switchboard makes
 * equals the expected total to the cent, every fault is found with its cause and line, no
 * clean account is flagged, and the summary's counts and ARPU are the expected ones.
 */
export async function expectRunToAgree(db: Db, runId: string, summary: RunSummary, expected: Expected) {
  const rows = await listRunAccounts(db, runId);
  const billed = Object.fromEntries(
    rows.filter((row) => row.newTotal !== null).map((row) => [row.legacyAccountId, row]),
  );
  expect(Object.keys(billed).sort()).toEqual(Object.keys(expected.new_totals).sort());
  for (const [account, totals] of Object.entries(expected.new_totals)) {
    expect(billed[account]?.newSubtotal, `${account} subtotal`).toBe(new Dec(totals.subtotal).toFixed(2));
    expect(billed[account]?.newTaxTotal, `${account} tax`).toBe(new Dec(totals.tax_total).toFixed(2));
    expect(billed[account]?.newTotal, `${account} total`).toBe(new Dec(totals.total).toFixed(2));
  }

  const flagged = rows.filter((row) => row.status !== 'match');
  expect(Object.fromEntries(flagged.map((row) => [row.legacyAccountId, row.suggestedCause]))).toEqual(
    Object.fromEntries(Object.entries(expected.faults).map(([account, fault]) => [account, fault.category])),
  );

  const lines = await listRunLines(db, runId, Object.keys(expected.faults));
  for (const [account, fault] of Object.entries(expected.faults)) {
    const lineType = (fault as { line_type?: string }).line_type;
    if (!lineType || lineType === 'invoice') continue;
    const differing = lines.filter((line) => line.legacyAccountId === account && line.differs);
    expect(
      differing.some((line) => line.lineType === lineType),
      `${account}: a differing ${lineType} line`,
    ).toBe(true);
    const { destination, tax_code: taxCode } = fault as { destination?: string; tax_code?: string };
    if (destination) expect(differing.map((line) => line.lineKey)).toContain(destination);
    if (taxCode) expect(differing.some((line) => line.lineKey.startsWith(`${taxCode}/`))).toBe(true);
  }

  expect(summary.invoicesCompared).toBe(expected.invoices_in_both);
  expect(summary.matching).toBe(expected.invoices_matching_exactly);
  expect(summary.legacyInvoices).toBe(expected.legacy_invoices);
  expect(summary.newInvoices).toBe(expected.new_invoices);
  expect(summary.legacyArpu).toBe(expected.legacy_arpu);
  expect(summary.newArpu).toBe(expected.new_arpu);
  expect(summary.invoiceAccuracy).toBe(
    expected.invoices_in_both === 0
      ? null
      : new Dec(expected.invoices_matching_exactly).dividedBy(expected.invoices_in_both).toFixed(4),
  );
}
