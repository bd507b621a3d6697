import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { applyLocalDefaults } from './local-secrets';
import { prepareDatabase } from './prepare-db';

/**
 * `npm start`: one command from a fresh clone (after `npm ci`) to a running console.
 * Fills in local secrets, migrates and seeds, builds when the sources changed, then serves.
 */
const SOURCES = ['app', 'graphql', 'lib', 'db', 'next.config.ts', 'package-lock.json', 'postcss.config.mjs'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function needsBuild(): boolean {
  const buildId = join('.next', 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  return SOURCES.some((source) => newestMtime(source) > builtAt);
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function main(): Promise<void> {
  const { PORT } = applyLocalDefaults(); // fails early, naming every bad setting

  await prepareDatabase();
  if (needsBuild()) {
    console.log('Building the console (first start or changed sources)…');
    run('npx', ['next', 'build']);
  }
  const server = spawn('npx', ['next', 'start', '--port', String(PORT)], {
    stdio: 'inherit',
    env: process.env,
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
  server.on('exit', (code) => process.exit(code ?? 0));
  console.log(
    `Switchboard: console on http://localhost:${PORT}, GraphQL on http://localhost:${PORT}/api/graphql`,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
