import { createHash } from 'node:crypto';

/** JSON with keys in a fixed order, so equal evidence always hashes the same. */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, entry]) => entry !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${stableStringify(entry)}`).join(',')}}`;
}

export function evidenceHash(evidence: unknown): string {
  return createHash('sha256').update(stableStringify(evidence)).digest('hex');
}

const keyNames: Record<string, string> = {
  status: 'its status',
  title: 'its title',
  notes: 'its notes',
  evidenceLinks: 'its evidence links',
  dueOn: 'its due date',
  ownerId: 'its owner',
  blocking: 'whether it blocks',
  check: 'its evidence check',
  checkState: 'the check result',
  checkEvidence: 'the data the check read',
  dependsOnIds: 'its dependencies',
  latestRunId: 'a newer parallel run',
  summary: 'the run summary',
  reviews: 'the variance reviews',
};

/** Which parts of the evidence differ, in words: "its notes, a newer parallel run". */
export function describeEvidenceChange(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): string {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (key) => stableStringify(before[key]) !== stableStringify(after[key]),
  );
  const words = keys.map((key) => keyNames[key] ?? key);
  return words.length > 0
    ? `The evidence changed since the request: ${words.join(', ')}.`
    : 'The evidence changed.';
}
