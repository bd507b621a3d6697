import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The one-way import rule (biome.jsonc `overrides`, style/noRestrictedImports) on probe files:
 * each holds a single import, right way or wrong way, at a path inside the folder it speaks
 * for. They are written to a scratch copy of the project's layout beside the real biome.jsonc,
 * so the rule is exercised exactly as `npm test` runs it, without writing into the work tree.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const biome = join(root, 'node_modules', '.bin', 'biome');

type Probe = { file: string; from: string; flagged: boolean };

const probes: Probe[] = [
  // app/ and graphql/: lib/ and db/client only
  { file: 'app/(console)/accounts/probe-alias.tsx', from: '@/db/queries/accounts', flagged: true },
  { file: 'graphql/schema/accounts/probe-relative.ts', from: '../../../db/queries/accounts', flagged: true },
  { file: 'graphql/probe-queries-folder.ts', from: '../db/queries', flagged: true },
  { file: 'graphql/probe-schema.ts', from: '../db/schema', flagged: true },
  { file: 'app/api/probe-schema-file.ts', from: '@/db/schema/accounts', flagged: true },
  { file: 'graphql/probe-drizzle.ts', from: 'drizzle-orm', flagged: true },
  { file: 'app/probe-drizzle-subpath.ts', from: 'drizzle-orm/pg-core', flagged: true },
  { file: 'app/probe-seed.ts', from: '@/seed/factories', flagged: true },
  { file: 'app/probe-client.ts', from: '@/db/client', flagged: false },
  { file: 'graphql/probe-client.ts', from: '../db/client', flagged: false },
  {
    file: 'graphql/schema/accounts/probe-lib.ts',
    from: '../../../lib/accounts/save-account',
    flagged: false,
  },
  { file: 'app/probe-lib.ts', from: '@/lib/accounts/save-account', flagged: false },
  // tests inspect storage directly
  { file: 'graphql/probe.integ.test.ts', from: '../db/queries/accounts', flagged: false },
  { file: 'app/api/probe.test.ts', from: '@/db/schema', flagged: false },
  // lib/: never the transports
  { file: 'lib/accounts/probe-graphql.ts', from: '../../graphql/errors', flagged: true },
  { file: 'lib/probe-app.ts', from: '@/app/_components/ui/button', flagged: true },
  { file: 'lib/accounts/probe-seed.ts', from: '../../seed/factories', flagged: true },
  { file: 'lib/accounts/probe-queries.ts', from: '../../db/queries/accounts', flagged: false },
  { file: 'lib/accounts/probe-schema.ts', from: '@/db/schema', flagged: false },
  // db/: persistence, with lib/env as its only way up
  { file: 'db/queries/probe-lib.ts', from: '../../lib/money/decimal', flagged: true },
  { file: 'db/probe-lib-alias.ts', from: '@/lib/auth/actor', flagged: true },
  { file: 'db/queries/probe-seed.ts', from: '../../seed/factories', flagged: true },
  { file: 'db/probe-env.ts', from: '../lib/env', flagged: false },
  { file: 'db/queries/probe-schema.ts', from: '../schema', flagged: false },
  // seed/: anything but the transports
  { file: 'seed/probe-graphql.ts', from: '../graphql/server', flagged: true },
  { file: 'seed/probe-app.ts', from: '@/app/api/graphql/route', flagged: true },
  { file: 'seed/probe-queries.ts', from: '../db/queries/accounts', flagged: false },
  { file: 'seed/probe-lib.ts', from: '../lib/accounts/save-account', flagged: false },
];

const scratch = mkdtempSync(join(tmpdir(), 'import-direction-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Files Biome reports under style/noRestrictedImports, read from its GitHub-annotation lines. */
function filesFlagged(): Set<string> {
  copyFileSync(join(root, 'biome.jsonc'), join(scratch, 'biome.jsonc'));
  for (const probe of probes) {
    const path = join(scratch, probe.file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `import { probe } from '${probe.from}';\n\nexport const value = probe;\n`);
  }
  // The scratch folder is no git work tree, so Biome must not look for a .gitignore.
  const result = spawnSync(biome, ['lint', '--vcs-enabled=false', '--reporter=github', '.'], {
    cwd: scratch,
    encoding: 'utf8',
  });
  if (result.error) throw result.error;
  const flagged = new Set<string>();
  for (const match of result.stdout.matchAll(
    /^::error title=lint\/style\/noRestrictedImports,file=([^,]+),/gm,
  ))
    if (match[1]) flagged.add(match[1]);
  return flagged;
}

describe('imports run one way: app/ and graphql/ → lib/ → db/', () => {
  const flagged = filesFlagged();

  it.each(probes.filter((probe) => probe.flagged))('refuses $from in $file', ({ file }) => {
    expect(flagged.has(file)).toBe(true);
  });

  it.each(probes.filter((probe) => !probe.flagged))('allows $from in $file', ({ file }) => {
    expect(flagged.has(file)).toBe(false);
  });

  // Biome skips generated files; codegen.ts's mappers decide what this one imports.
  it('keeps the generated resolver types on lib/ records, never db/', () => {
    const generated = readFileSync(join(root, 'graphql', '__generated__', 'resolvers-types.ts'), 'utf8');
    const sources = [...generated.matchAll(/^import type .* from '([^']+)';$/gm)].map((match) => match[1]);
    expect(sources).toContain('../../lib/accounts/types');
    expect(sources.filter((source) => /(^|\/)db\//.test(source ?? ''))).toEqual([]);
  });
});
