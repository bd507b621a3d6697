import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import postgres from 'postgres';

/**
 * `npm test`: every check CI runs, in order, each counted. Static checks count one each;
 * vitest and Playwright report through their JSON reporters. Ends with the plain
 * `N passed, N failed` line CI reads, and a non-zero exit on any failure.
 */
const OUT = '.test-output';
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' };
const tally = { passed: 0, failed: 0, failures: [] as string[] };

function banner(title: string) {
  console.log(`\n━━━ ${title} ${'━'.repeat(Math.max(0, 70 - title.length))}`);
}

function run(command: string, args: string[], extraEnv: Record<string, string> = {}): boolean {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  return result.status === 0;
}

function check(name: string, ok: boolean) {
  if (ok) tally.passed += 1;
  else {
    tally.failed += 1;
    tally.failures.push(name);
  }
  console.log(`${ok ? '✓' : '✗'} ${name}`);
}

function countVitest(name: string, file: string, exitedOk: boolean) {
  if (!existsSync(file)) return check(`${name} (no report)`, false);
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numTotalTests: number;
    testResults: { status: string; name: string; message?: string }[];
  };
  tally.passed += report.numPassedTests;
  tally.failed += report.numFailedTests;
  for (const suite of report.testResults.filter((s) => s.status === 'failed'))
    tally.failures.push(`${name}: ${suite.name}`);
  // A suite can fail to load without any test failing; the exit code catches that.
  if (!exitedOk && report.numFailedTests === 0) check(`${name} (suite error)`, false);
  if (report.numTotalTests === 0) check(`${name} ran no tests`, false);
}

function countPlaywright(file: string, exitedOk: boolean) {
  if (!existsSync(file)) return check('e2e (no report)', false);
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
    errors?: { message?: string }[];
  };
  tally.passed += report.stats.expected + report.stats.flaky;
  tally.failed += report.stats.unexpected;
  if (report.stats.unexpected > 0) tally.failures.push(`e2e: ${report.stats.unexpected} failed`);
  if (!exitedOk && report.stats.unexpected === 0) check('e2e (run error)', false);
  if (report.stats.expected + report.stats.unexpected === 0) check('e2e ran no tests', false);
}

async function postgresReachable(): Promise<boolean> {
  const sql = postgres(process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres', {
    max: 1,
    connect_timeout: 5,
    onnotice: () => {},
  });
  try {
    await sql`select 1`;
    return true;
  } catch (error) {
    console.error(`PostgreSQL is not reachable: ${(error as Error).message}`);
    return false;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

/**
 * Fails when the Drizzle schema has changes no migration captures: generates against a copy
 * of the migrations in the test output folder and looks for a new file there, so a developer's
 * work tree (uncommitted migrations included) is never touched.
 */
function migrationsAreCurrent(): boolean {
  // Relative: drizzle-kit puts "./" before the folder it is given.
  const copy = join(OUT, 'migrations-check');
  rmSync(copy, { recursive: true, force: true });
  try {
    cpSync('db/migrations', copy, { recursive: true });
    const before = new Set(readdirSync(copy));
    const generated = run('npx', [
      'drizzle-kit',
      'generate',
      '--dialect',
      'postgresql',
      '--schema',
      './db/schema/index.ts',
      '--casing',
      'snake_case',
      '--out',
      copy,
      '--name',
      'uncommitted_schema_change',
    ]);
    if (!generated) return false;
    const added = readdirSync(copy).filter((file) => !before.has(file));
    if (added.length === 0) return true;
    console.error('The schema changed without a migration: run npm run db:generate -- --name <what>');
    return false;
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

rmSync(OUT, { recursive: true, force: true });

banner('Static checks');
check('typecheck', run('npx', ['tsc', '--noEmit']));
check('lint (biome)', run('npx', ['biome', 'check', '.']));
check(
  'GraphQL schema and types are generated from the SDL (codegen:check)',
  run('npx', ['graphql-codegen', '--config', 'codegen.ts', '--check']),
);
check('migrations cover the Drizzle schema', migrationsAreCurrent());

banner('Unit and integration tests on PGlite');
const pgliteOk = run(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${OUT}/vitest-pglite.json`],
  {
    TEST_DATABASE: 'pglite',
  },
);
countVitest('vitest (PGlite)', `${OUT}/vitest-pglite.json`, pgliteOk);

banner('Integration tests on PostgreSQL');
const hasPostgres = await postgresReachable();
check('PostgreSQL on 127.0.0.1:5432 is reachable', hasPostgres);
if (hasPostgres) {
  const pgOk = run(
    'npx',
    [
      'vitest',
      'run',
      '--project',
      'integration',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${OUT}/vitest-postgres.json`,
    ],
    { TEST_DATABASE: 'postgres' },
  );
  countVitest('vitest (PostgreSQL)', `${OUT}/vitest-postgres.json`, pgOk);
}

banner('Production build');
const built = run('npx', ['next', 'build']);
check('next build', built);

if (built && hasPostgres) {
  banner('End to end: graphql-http audits, npm start, console in Chromium');
  const e2eOk = run('npx', ['playwright', 'test']);
  countPlaywright(`${OUT}/playwright.json`, e2eOk);
}

banner('Summary');
for (const failure of tally.failures) console.log(`  failed: ${failure}`);
console.log(`${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed > 0 ? 1 : 0);
