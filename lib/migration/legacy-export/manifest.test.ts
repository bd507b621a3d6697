import { describe, expect, it } from 'vitest';
import { exportFiles, parseManifest } from './manifest';

const files = Object.fromEntries(exportFiles.map((file) => [file, { rows: 0, sha256: 'a'.repeat(64) }]));
const manifest = (fields: Record<string, unknown>) =>
  JSON.stringify({
    format: 'legacy-billing-export',
    version: 1,
    period: { start: '2026-10-01', end: '2026-11-01' },
    rounding: { mode: 'half_up', call_decimals: 4 },
    files,
    ...fields,
  });

describe('parseManifest', () => {
  it('reads v1 as before: arrears only, the billing settings unused', () => {
    const parsed = parseManifest(manifest({ billing: { credit_unused_on_cancel: false } }));
    expect(parsed.version).toBe('1');
    expect(parsed.billing).toEqual({ creditUnusedOnCancel: true, billPartialWithNextPeriod: true });
  });

  it('reads v1.1, as a number or a string, with its billing settings (true when left out)', () => {
    const parsed = parseManifest(
      manifest({
        version: 1.1,
        billing: { credit_unused_on_cancel: false, bill_partial_with_next_period: false },
      }),
    );
    expect(parsed.version).toBe('1.1');
    expect(parsed.billing).toEqual({ creditUnusedOnCancel: false, billPartialWithNextPeriod: false });
    expect(parseManifest(manifest({ version: '1.1' })).billing).toEqual({
      creditUnusedOnCancel: true,
      billPartialWithNextPeriod: true,
    });
  });

  it('refuses other versions and settings that are not true or false', () => {
    expect(() => parseManifest(manifest({ version: 2 }))).toThrow(/version 2 is not supported \(1 or 1.1\)/);
    expect(() => parseManifest(manifest({ version: '1' }))).toThrow(/version 1 is not supported/);
    expect(() =>
      parseManifest(manifest({ version: 1.1, billing: { credit_unused_on_cancel: 'yes' } })),
    ).toThrow(/billing.credit_unused_on_cancel must be true or false/);
  });
});
