/**
 * The closed list of error codes a client can see in `extensions.code`. Anything thrown
 * that is not an AppError (or a GraphQL protocol error mapped in graphql/errors.ts) is
 * masked as INTERNAL_SERVER_ERROR before it leaves the server.
 */
export const errorCodes = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'QUERY_TOO_COMPLEX',
  'PAYLOAD_TOO_LARGE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'INTERNAL_SERVER_ERROR',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** HTTP status a transport should answer with when the whole request fails with this code. */
export const httpStatusByCode: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  QUERY_TOO_COMPLEX: 400,
  PAYLOAD_TOO_LARGE: 413,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  INTERNAL_SERVER_ERROR: 500,
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/**
 * Codes for problems a user can fix, carried as data in a mutation payload's `userErrors`
 * rather than thrown.
 */
export const userErrorCodes = ['INVALID', 'REQUIRED', 'TAKEN', 'NOT_FOUND', 'INVALID_STATE'] as const;
export type UserErrorCode = (typeof userErrorCodes)[number];

export interface UserError {
  code: UserErrorCode;
  /** Path to the input field at fault, e.g. ['input', 'email']. */
  field: string[] | null;
  message: string;
}

export function userError(code: UserErrorCode, field: string[] | null, message: string): UserError {
  return { code, field, message };
}
