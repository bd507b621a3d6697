import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from './main';

const workDir = mkdtempSync(join(tmpdir(), 'switchboard-generate-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('switchboard generate-legacy-export', () => {
  it('writes an export with its manifest and expected result, without a database', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const dir = join(workDir, 'export');
    const code = await main([
      'generate-legacy-export',
      dir,
      '--accounts',
      '12',
      '--seed',
      '5',
      '--usage-per-account',
      '30',
      '--fault-rate',
      '0.25',
      '--rounding',
      'half_even',
      '--period',
      '2027-02',
    ]);
    log.mockRestore();
    expect(code).toBe(0);
    expect(readdirSync(dir)).toContain('expected.json');
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.period).toEqual({ start: '2027-02-01', end: '2027-03-01' });
    expect(manifest.rounding).toEqual({ mode: 'half_even', call_decimals: 4 });
    expect(JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')).accounts).toBe(12);
  });

  it('refuses options out of range with exit code 2', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await main(['generate-legacy-export', join(workDir, 'x'), '--accounts', '0'])).toBe(2);
    expect(
      await main(['generate-legacy-export', join(workDir, 'x'), '--accounts', '3', '--rounding', 'down']),
    ).toBe(2);
    expect(
      await main(['generate-legacy-export', join(workDir, 'x'), '--accounts', '3', '--period', '2026-13']),
    ).toBe(2);
    expect(await main(['generate-legacy-export', '--accounts', '3'])).toBe(2);
    error.mockRestore();
  });
});
