import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../lib/errors';
import { formatGraphQLError } from './errors';

describe('formatGraphQLError', () => {
  afterEach(() => vi.restoreAllMocks());

  it('keeps an AppError code and message', () => {
    const error = new GraphQLError('x', { originalError: new AppError('NOT_FOUND', 'No such invoice.') });
    expect(formatGraphQLError({ message: 'x' }, error)).toMatchObject({
      message: 'No such invoice.',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('masks anything unexpected', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const error = new GraphQLError('relation "secret_table" does not exist', {
      originalError: new Error('relation "secret_table" does not exist'),
    });
    const formatted = formatGraphQLError(
      { message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      error,
    );
    expect(formatted).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('maps size limits into the closed list without calling them syntax errors', () => {
    const depth = formatGraphQLError(
      { message: 'Syntax Error: Query depth limit of 12 exceeded, found 14.' },
      null,
    );
    expect(depth).toMatchObject({
      message: 'Query depth limit of 12 exceeded, found 14.',
      extensions: { code: 'QUERY_TOO_COMPLEX' },
    });
    const tokens = formatGraphQLError(
      {
        message: 'Syntax Error: Document contains more that 4000 tokens. Parsing aborted.',
        extensions: { code: 'GRAPHQL_PARSE_FAILED' },
      },
      null,
    );
    expect(tokens.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('keeps protocol codes', () => {
    const parse = formatGraphQLError(
      { message: 'Syntax Error: Expected Name', extensions: { code: 'GRAPHQL_PARSE_FAILED' } },
      null,
    );
    expect(parse.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });
});
