import { hash } from 'node:crypto';
import type { UsageType } from '../catalog/types';
import { parseIsoInstant } from '../dates';
import { Dec, isPlainDecimal } from '../money/decimal';
import { isWithinAmountLimit, MAX_AMOUNT_TEXT } from '../money/limits';
import { checkText } from '../text/check-text';
import type { UsageWindow } from './usage-window';

/**
 * One usage record as received, by the API, a CDR/CSV file or the CLI. Field names are
 * FORMAT.md's usage.csv columns; `product_code` optionally names the usage product (needed
 * for custom units); `subject` optionally names who or what the record is about (a user,
 * device, line), which a `distinct_count` product counts.
 */
export interface RawUsageRow {
  record_id?: string | null;
  account_id?: string | null;
  usage_type?: string | null;
  started_at?: string | null;
  destination?: string | null;
  duration_s?: string | number | null;
  quantity?: string | number | null;
  product_code?: string | null;
  subject?: string | null;
}

/** A record that passed the format checks, normalised. */
export interface UsageDraft {
  recordId: string;
  accountRef: string;
  usageType: UsageType;
  productCode: string | null;
  startedAt: Date;
  destinationNumber: string | null;
  durationSeconds: number | null;
  /** Messages, MB or custom units, as a plain decimal string. */
  quantity: string | null;
  /** Who or what the record is about, as sent (non-voice usage); what distinct counts count. */
  subject: string | null;
  /** Fingerprint of the content: a repeated id with the same hash is a duplicate, else a conflict. */
  contentHash: string;
}

export type ParsedUsageRow = { draft: UsageDraft } | { rejected: string; recordId: string | null };

const USAGE_TYPES: readonly UsageType[] = ['voice', 'sms', 'data', 'custom'];
/** Record ids, account ids, product codes and destinations: longer ones are not ids. */
const MAX_ID_LENGTH = 200;

const text = (value: string | number | null | undefined): string =>
  value === null || value === undefined ? '' : String(value).trim();

const ID_FIELDS = [
  'record_id',
  'account_id',
  'usage_type',
  'started_at',
  'destination',
  'product_code',
  'subject',
] as const;

/** Why an id-like field cannot be stored as it is (a control character, NUL, too long), or null. */
function idFieldProblem(raw: RawUsageRow): string | null {
  for (const name of ID_FIELDS) {
    const value = raw[name];
    if (typeof value !== 'string') continue;
    const checked = checkText(value, { maxLength: MAX_ID_LENGTH, verbatim: true });
    if ('problem' in checked) return `${name} ${checked.problem}`;
  }
  return null;
}

/**
 * Checks a record against the format (FORMAT.md's import rules): every problem that makes
 * it unusable is a rejection with a reason; whether it can be rated is decided later.
 * Records starting outside `window` (when given) are rejected: a clock gone wrong.
 */
export function parseUsageRow(raw: RawUsageRow, window?: UsageWindow): ParsedUsageRow {
  const fieldProblem = idFieldProblem(raw);
  // Ids are kept exactly as sent (they are matched byte for byte), so nothing unstorable may
  // stand in the rejection's record id either.
  const recordId = fieldProblem ? '' : text(raw.record_id);
  const reject = (reason: string): ParsedUsageRow => ({ rejected: reason, recordId: recordId || null });
  if (fieldProblem) return reject(fieldProblem);
  if (!recordId) return reject('record_id is missing');
  const accountRef = text(raw.account_id);
  if (!accountRef) return reject('account_id is missing');
  const usageType = text(raw.usage_type).toLowerCase() as UsageType;
  if (!USAGE_TYPES.includes(usageType))
    return reject(`unknown usage_type "${text(raw.usage_type)}" (voice, sms, data or custom)`);
  const startedText = text(raw.started_at);
  const startedAt = parseIsoInstant(startedText);
  if (!startedAt) {
    return reject(
      `started_at "${startedText}" is not an ISO 8601 timestamp with a time zone, or not a real one`,
    );
  }
  if (window && (startedAt < window.earliest || startedAt > window.latest)) {
    return reject(
      `started_at ${startedText} is outside the accepted window (${window.earliest.toISOString()} to ${window.latest.toISOString()})`,
    );
  }
  const productCode = text(raw.product_code) || null;
  if (usageType === 'custom' && !productCode) return reject('custom usage needs a product_code');

  let destinationNumber: string | null = null;
  let durationSeconds: number | null = null;
  let quantity: string | null = null;
  // Compared like ids (trimmed, then byte for byte): "alice" and "Alice" are two users.
  const subject = text(raw.subject) || null;
  if (usageType === 'voice') {
    if (subject !== null) return reject('subject is for sms, data and custom records, not voice');
    destinationNumber = text(raw.destination);
    if (!destinationNumber) return reject('destination is missing for a voice record');
    const duration = text(raw.duration_s);
    if (!/^\d{1,9}$/.test(duration)) {
      return reject(
        duration.startsWith('-')
          ? `duration_s ${duration} is negative`
          : `duration_s "${duration}" is not whole seconds`,
      );
    }
    durationSeconds = Number(duration);
  } else {
    const value = text(raw.quantity);
    if (!value) return reject(`quantity is missing for a ${usageType} record`);
    if (!isPlainDecimal(value)) return reject(`quantity "${value}" is not a number`);
    const amount = new Dec(value);
    if (amount.isNegative()) return reject(`quantity ${value} is negative`);
    if (!isWithinAmountLimit(amount)) return reject(`quantity ${value} is beyond ${MAX_AMOUNT_TEXT}`);
    if (usageType === 'sms' && !amount.isInteger())
      return reject(`quantity ${value} is not a whole number of messages`);
    quantity = amount.toString();
  }

  // One-shot hashing: a Hash object per record cost twice as much (640k records: 0.76 s).
  // The subject is appended only when there is one, so a record without one hashes as it did
  // before subjects existed and a resend of it stays a duplicate, not a conflict.
  const fields = [
    accountRef,
    usageType,
    productCode ?? '',
    startedAt.toISOString(),
    destinationNumber ?? '',
    durationSeconds ?? '',
    quantity ?? '',
  ];
  if (subject !== null) fields.push(`subject:${subject}`);
  const contentHash = hash('md5', fields.join('\u001f'), 'base64url');
  return {
    draft: {
      recordId,
      accountRef,
      usageType,
      productCode,
      startedAt,
      destinationNumber,
      durationSeconds,
      quantity,
      subject,
      contentHash,
    },
  };
}
