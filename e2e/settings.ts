import { resolve } from 'node:path';

/** Ports, databases and directories the e2e run uses; one place so config, server and fixtures agree. */
export function e2eSettings() {
  const port = Number(process.env.E2E_PORT ?? 3100);
  const npmStartPort = port + 1;
  const databaseUrl = process.env.E2E_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/switchboard_e2e';
  const sessionSecret = 'e2e-session-secret-0123456789abcdef';
  const npmStartDataDir = resolve('.test-output/npm-start-data');
  const oidc = {
    issuer: `http://localhost:${port + 100}`,
    clientId: 'switchboard-e2e',
    clientSecret: 'switchboard-e2e-client-secret',
    displayName: 'Test IdP',
  };
  return {
    oidc,
    baseURL: `http://localhost:${port}`,
    npmStartURL: `http://localhost:${npmStartPort}`,
    databaseUrl,
    npmStartDataDir,
    serverEnv: {
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: sessionSecret,
      NEXTAUTH_URL: `http://localhost:${port}`,
      SWITCHBOARD_SEED_DEMO: 'false',
      OIDC_ISSUER: oidc.issuer,
      OIDC_CLIENT_ID: oidc.clientId,
      OIDC_CLIENT_SECRET: oidc.clientSecret,
      OIDC_DISPLAY_NAME: oidc.displayName,
      NEXT_TELEMETRY_DISABLED: '1',
    },
    npmStartEnv: {
      PORT: String(npmStartPort),
      SWITCHBOARD_DATA_DIR: npmStartDataDir,
      NEXTAUTH_URL: `http://localhost:${npmStartPort}`,
      NEXT_TELEMETRY_DISABLED: '1',
    },
  };
}
