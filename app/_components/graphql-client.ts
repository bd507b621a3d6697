'use client';

import type { TypedDocumentString } from '@/app/_gql/graphql';

/** A GraphQL error as the console shows it: the server's message and its code. */
export class GraphQLRequestError extends Error {
  readonly code: string;
  constructor(message: string, code: string) {
    super(message);
    this.code = code;
  }
}

/** The variables argument: left out for an operation without variables, required otherwise. */
export type VariablesOf<TVariables> = TVariables extends Record<string, never> ? [] : [variables: TVariables];

/**
 * Calls the console's own GraphQL endpoint with the session cookie: the console uses the
 * same API, permissions and audit trail as partner apps. It takes only typed documents,
 * written with `graphql(`…`)` from `@/app/_gql`, so the result and variables are the
 * schema's and not a hand-kept copy.
 */
export function graphqlRequest<TData, TVariables>(
  document: TypedDocumentString<TData, TVariables>,
  ...[variables]: VariablesOf<TVariables>
): Promise<TData> {
  return sendGraphQL(document, variables);
}

/**
 * What `graphqlRequest` does, with the variables as one optional argument: for the query hooks,
 * which carry variables of any operation. Screens call `graphqlRequest`.
 */
export async function sendGraphQL<TData, TVariables>(
  document: TypedDocumentString<TData, TVariables>,
  variables: TVariables | undefined,
): Promise<TData> {
  const response = await fetch('/api/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await response.json()) as {
    data?: TData;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  const first = body.errors?.[0];
  if (first) {
    if (first.extensions?.code === 'UNAUTHENTICATED') window.location.assign('/sign-in');
    throw new GraphQLRequestError(first.message, first.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  }
  if (!body.data) throw new GraphQLRequestError('The server sent no data.', 'INTERNAL_SERVER_ERROR');
  return body.data;
}

export interface UserErrorData {
  code: string;
  field: string[] | null;
  message: string;
}

/** The message for one input field from a payload's userErrors, keyed by the field's last path segment. */
export function errorsByField(userErrors: UserErrorData[]): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const error of userErrors) byField[error.field?.at(-1) ?? 'form'] = error.message;
  return byField;
}

/** A thrown value as a sentence for the user. */
export function errorMessage(caught: unknown): string {
  return caught instanceof Error ? caught.message : String(caught);
}
