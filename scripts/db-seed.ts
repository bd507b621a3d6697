import { getEnv } from '../lib/env';
import { ensureLocalSecret } from './local-secrets';

/** `npm run db:seed`: migrates and seeds the demo provider into an empty database (any kind). */
process.env.SWITCHBOARD_SEED_DEMO ??= 'true';
process.env.NEXTAUTH_SECRET ??= ensureLocalSecret(getEnv().SWITCHBOARD_DATA_DIR, 'auth-secret');
const { resetEnvCache } = await import('../lib/env');
resetEnvCache();
const { prepareDatabase } = await import('./prepare-db');
await prepareDatabase();
