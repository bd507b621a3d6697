import { z } from 'zod';
import { mailboxAddress } from './email/mail-address';

/**
 * The only reader of process.env. Every setting Switchboard understands is declared here,
 * validated once, and documented in the README's configuration table.
 */
const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** PostgreSQL connection string; when absent the embedded PGlite database is used. */
  DATABASE_URL: z.url().optional(),
  /** Where the embedded database (and generated local secrets) live. */
  SWITCHBOARD_DATA_DIR: z.string().min(1).default('.data'),
  /** Seed the demo provider on first start (default: on for the embedded database only). */
  SWITCHBOARD_SEED_DEMO: booleanFlag.optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  NEXTAUTH_URL: z.url().optional(),
  /** Console sessions end after this many hours (capped at 12). */
  SESSION_MAX_AGE_HOURS: z.coerce.number().min(0.05).max(12).default(12),
  GRAPHQL_INTROSPECTION: booleanFlag.default(true),
  /** Largest accepted GraphQL request body, in bytes. */
  GRAPHQL_MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(2 * 1024 * 1024),
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_DISPLAY_NAME: z.string().min(1).default('Single sign-on'),
  /** SMTP server invoices are emailed through (smtp://user:pass@host:587, smtps://host:465); unset: no email. */
  SMTP_URL: z.string().min(1).optional(),
  /** Sender of invoice emails: an address or "Name <address>". */
  MAIL_FROM: z.string().min(1).default('billing@localhost'),
  /** Where replies to invoice and campaign emails go (Reply-To): an address or "Name <address>"; unset: to MAIL_FROM. */
  MAIL_REPLY_TO: z
    .string()
    .refine((value) => mailboxAddress(value) !== null, 'expected an address or "Name <address>"')
    .optional(),
  /** Who customers are told to contact in cutover messages: "Support <support@acme.example>", a phone… (default: MAIL_FROM). */
  SUPPORT_CONTACT: z.string().min(1).optional(),
  /** Campaigns reaching more accounts than this need a second approver. */
  COMMS_SECOND_APPROVAL_ABOVE: z.coerce.number().int().min(0).default(100),
  /** Usage records that started before this date (UTC) are rejected: a clock or file gone wrong. */
  USAGE_EARLIEST_DATE: z.iso.date().default('2000-01-01'),
  /** Usage records that start more than this many hours in the future are rejected. */
  USAGE_MAX_HOURS_AHEAD: z.coerce
    .number()
    .min(0)
    .max(24 * 366)
    .default(24),
  /**
   * Most bytes a zipped legacy export may unpack to. 3,000 accounts with ~2M usage rows are
   * ~140 MB; the default leaves room for far larger providers and still refuses zip bombs.
   */
  LEGACY_IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(4 * 1024 ** 3),
  /** Most entries a zipped legacy export may hold: an export is 12 files (FORMAT.md), with folders and a Mac's extras a few more. */
  LEGACY_IMPORT_MAX_ENTRIES: z.coerce.number().int().min(1).default(100),
  /** Run the job workers (bill runs, dunning) inside the server process. */
  SWITCHBOARD_JOB_WORKERS: booleanFlag.default(true),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** Parsed settings; throws a readable error naming every bad variable. */
export function getEnv(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${problems.join('\n')}`);
  }
  cached = parsed.data;
  return cached;
}

/** For tests that change settings between cases. */
export function resetEnvCache(): void {
  cached = undefined;
}

export function isOidcConfigured(env: Env = getEnv()): boolean {
  return Boolean(env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET);
}
