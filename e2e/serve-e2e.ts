import { spawn } from 'node:child_process';
import postgres from 'postgres';
import { openDatabase } from '../db/client';
import { migrateDatabase } from '../db/migrate';

/**
 * The e2e server: recreates its PostgreSQL database, migrates it, and serves the production
 * build. Specs seed what they need through the factories on the same database.
 */
const url = new URL(process.env.DATABASE_URL ?? '');
const name = url.pathname.slice(1);
if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Refusing to recreate database "${name}"`);
const adminUrl = new URL(url);
adminUrl.pathname = '/postgres';
const admin = postgres(adminUrl.toString(), { max: 1, onnotice: () => {} });
await admin.unsafe(`drop database if exists ${name} with (force)`);
await admin.unsafe(`create database ${name}`);
await admin.end();

const database = openDatabase({ url: url.toString(), maxConnections: 1 });
await migrateDatabase(database);
await database.close();

const server = spawn('npx', ['next', 'start', '--port', process.env.PORT ?? '3100'], {
  stdio: 'inherit',
  env: process.env,
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
