import { defineConfig } from 'vitest/config';

const sharedEnv = {
  NODE_ENV: 'test' as const,
  NEXTAUTH_SECRET: 'integration-tests-session-secret-0123456789',
  SWITCHBOARD_DATA_DIR: '.test-output/data',
};

// Two projects: pure unit tests, and integration tests against a real database (PGlite by
// default; `TEST_DATABASE=postgres` points the same suite at the PostgreSQL server).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{lib,db,seed,graphql,scripts}/**/*.test.ts', 'app/_components/**/*.test.ts'],
          exclude: ['**/*.integ.test.ts', 'node_modules/**'],
          env: sharedEnv,
          // A limit for a machine under load (CI runs beside other work), not a timing.
          testTimeout: 30_000,
        },
      },
      {
        // Route handlers import through tsconfig's `@/` paths, as Next.js resolves them.
        resolve: { tsconfigPaths: true },
        test: {
          name: 'integration',
          include: ['{lib,db,seed,graphql,scripts}/**/*.integ.test.ts', 'app/api/**/*.integ.test.ts'],
          env: sharedEnv,
          // Spawned CLIs and servers migrate a fresh database first; slow on a loaded machine.
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
