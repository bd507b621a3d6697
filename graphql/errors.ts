import type { GraphQLFormattedError } from 'graphql';
import { type ErrorCode, errorCodes, isAppError } from '../lib/errors';
import { currentRequestId } from './request-id';

/** Codes raised by Apollo or graphql-js itself, translated into our closed list. */
const protocolCodes: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  BAD_REQUEST: 'BAD_USER_INPUT',
  OPERATION_RESOLUTION_FAILURE: 'BAD_USER_INPUT',
  PERSISTED_QUERY_NOT_FOUND: 'BAD_USER_INPUT',
  PERSISTED_QUERY_NOT_SUPPORTED: 'BAD_USER_INPUT',
};

/**
 * Rejections for size: GraphQL Armor's read "<what> limit of N exceeded"; graphql-js's
 * token limit reads "Document contains more that N tokens" (sic).
 */
const ARMOR_LIMIT = /limit of \d+ exceeded|Document contains more tha[nt] \d+ tokens/i;

/**
 * PostgreSQL refusing text as a uuid (22P02): an id argument a client made up. The database
 * error arrives wrapped by the driver and drizzle, so the causes are searched.
 */
function isMalformedUuid(error: unknown): boolean {
  for (let cause = error, depth = 0; cause && depth < 5; depth++) {
    const { code, message } = cause as { code?: unknown; message?: unknown };
    if (code === '22P02' && typeof message === 'string' && /uuid/i.test(message)) return true;
    cause = (cause as { cause?: unknown }).cause;
  }
  return false;
}

function isKnownCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && (errorCodes as readonly string[]).includes(code);
}

/**
 * The one table from thrown errors to what a client sees. AppErrors keep their code and
 * message; protocol errors are mapped; everything else is masked, and logged here with the
 * request id so an operator can find it.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = (error as { originalError?: unknown } | null)?.originalError ?? error;
  if (isAppError(original)) {
    return {
      ...formatted,
      message: original.message,
      extensions: { code: original.code, ...original.details },
    };
  }
  if (isMalformedUuid(original)) {
    return {
      message: 'An id in the request is not a valid id.',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'BAD_USER_INPUT' },
    };
  }
  const rawCode = formatted.extensions?.code;
  if (ARMOR_LIMIT.test(formatted.message)) {
    // Armor words its limits as syntax errors; they are not.
    return {
      message: formatted.message.replace(/^Syntax Error: /, ''),
      locations: formatted.locations,
      extensions: { code: 'QUERY_TOO_COMPLEX' },
    };
  }
  const mapped = typeof rawCode === 'string' ? protocolCodes[rawCode] : undefined;
  if (mapped || (isKnownCode(rawCode) && rawCode !== 'INTERNAL_SERVER_ERROR')) {
    const code = mapped ?? (rawCode as ErrorCode);
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code },
    };
  }
  const requestId = currentRequestId();
  console.error(`[graphql] unexpected error (request ${requestId ?? 'without id'})`, original);
  return {
    message: requestId
      ? `Internal server error. Quote request id ${requestId} to your operator.`
      : 'Internal server error',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR', ...(requestId ? { requestId } : {}) },
  };
}
