#!/usr/bin/env node
// `npx switchboard …`: the command line, run through tsx so it shares the TypeScript sources.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../scripts/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
