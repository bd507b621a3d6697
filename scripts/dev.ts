import { spawn } from 'node:child_process';
import { getEnv, resetEnvCache } from '../lib/env';
import { ensureLocalSecret } from './local-secrets';
import { prepareDatabase } from './prepare-db';

/** `npm run dev`: like `npm start`, with Next's development server instead of a build. */
const { SWITCHBOARD_DATA_DIR, PORT } = getEnv();
process.env.NEXT_TELEMETRY_DISABLED = '1';
process.env.NEXTAUTH_SECRET ??= ensureLocalSecret(SWITCHBOARD_DATA_DIR, 'auth-secret');
process.env.NEXTAUTH_URL ??= `http://localhost:${PORT}`;
resetEnvCache();
await prepareDatabase();
const server = spawn('npx', ['next', 'dev', '--port', String(PORT)], { stdio: 'inherit', env: process.env });
server.on('exit', (code) => process.exit(code ?? 0));
