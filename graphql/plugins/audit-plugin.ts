import type { ApolloServerPlugin } from '@apollo/server';
import { type GraphQLError, Kind } from 'graphql';
import { type AuditedAction, recordAuditEntries } from '../../lib/audit/record-audit-entries';
import { type ErrorCode, errorCodes, isAppError } from '../../lib/errors';
import type { GraphQLContext } from '../context';

function errorCodeOf(error: Error): ErrorCode {
  const original = (error as { originalError?: unknown }).originalError ?? error;
  return isAppError(original) ? original.code : 'INTERNAL_SERVER_ERROR';
}

/** The code graphql-js or a scalar gave a request it refused before execution (BAD_USER_INPUT mostly). */
function refusalCodeOf(error: GraphQLError): ErrorCode {
  const code = error.extensions?.code;
  return typeof code === 'string' && (errorCodes as readonly string[]).includes(code)
    ? (code as ErrorCode)
    : 'BAD_USER_INPUT';
}

function hasUserErrors(payload: unknown): boolean {
  const userErrors = (payload as { userErrors?: unknown } | null)?.userErrors;
  return Array.isArray(userErrors) && userErrors.length > 0;
}

/**
 * Records every root mutation field in the audit log with the arguments it actually
 * received and how its resolver ended, whatever the client chose to select.
 */
export const auditPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    const actions: AuditedAction[] = [];
    return {
      async executionDidStart() {
        return {
          willResolveField({ info, args }) {
            if (info.parentType.name !== 'Mutation' || info.path.prev !== undefined) return;
            return (error, result) => {
              actions.push({
                operation: info.fieldName,
                input: args,
                result: error ? 'error' : hasUserErrors(result) ? 'rejected' : 'ok',
                errorCode: error ? errorCodeOf(error) : null,
              });
            };
          },
        };
      },
      async willSendResponse({ contextValue, operation, request, errors }) {
        // A mutation refused before any field ran (an argument its scalar refused: an
        // amount beyond the limit, a date that does not exist) is an attempt all the same.
        if (actions.length === 0 && operation?.operation === 'mutation' && errors?.length) {
          const errorCode = refusalCodeOf(errors[0] as GraphQLError);
          for (const selection of operation.selectionSet.selections) {
            if (selection.kind !== Kind.FIELD || selection.name.value.startsWith('__')) continue;
            actions.push({
              operation: selection.name.value,
              input: request.variables ?? {},
              result: 'error',
              errorCode,
            });
          }
        }
        if (actions.length === 0) return;
        try {
          await recordAuditEntries(contextValue.db, contextValue.actor, actions);
        } catch (error) {
          // The mutation itself has committed; losing its audit row must at least be loud.
          console.error('[audit] could not record', actions.map((a) => a.operation).join(', '), error);
        }
      },
    };
  },
};
