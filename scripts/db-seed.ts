import { applyLocalDefaults } from './local-secrets';
import { prepareDatabase } from './prepare-db';

/** `npm run db:seed`: migrates and seeds the demo provider into an empty database (any kind). */
process.env.SWITCHBOARD_SEED_DEMO ??= 'true';
applyLocalDefaults();
await prepareDatabase();
