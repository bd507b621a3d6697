import { spawn } from 'node:child_process';
import { applyLocalDefaults } from './local-secrets';
import { prepareDatabase } from './prepare-db';

/** `npm run dev`: like `npm start`, with Next's development server instead of a build. */
const { PORT } = applyLocalDefaults();
await prepareDatabase();
const server = spawn('npx', ['next', 'dev', '--port', String(PORT)], { stdio: 'inherit', env: process.env });
server.on('exit', (code) => process.exit(code ?? 0));
