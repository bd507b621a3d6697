import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Env, getEnv, resetEnvCache } from '../lib/env';

/**
 * Settings a fresh machine has no value for yet, generated once into the data directory so
 * that `npm start` needs no configuration and sessions survive restarts.
 */
export function ensureLocalSecret(dataDir: string, name: string): string {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/**
 * The defaults a local run (`npm start`, `npm run dev`, `npm run db:seed`) fills in before
 * anything reads the settings: no telemetry, a generated session secret, the local URL.
 * Returns the settings as they then stand; throws naming every bad one.
 */
export function applyLocalDefaults(): Env {
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  const { SWITCHBOARD_DATA_DIR, PORT } = getEnv();
  process.env.NEXTAUTH_SECRET ??= ensureLocalSecret(SWITCHBOARD_DATA_DIR, 'auth-secret');
  process.env.NEXTAUTH_URL ??= `http://localhost:${PORT}`;
  resetEnvCache();
  return getEnv();
}
