import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

const requestIds = new AsyncLocalStorage<string>();

/**
 * Runs `work` as one request with its own id. The id is answered in `X-Request-Id` and with
 * every masked error, and logged beside what was masked: what a client can quote to an
 * operator, who finds the rest in the log.
 */
export function withRequestId<T>(work: (requestId: string) => Promise<T>): Promise<T> {
  const requestId = randomUUID();
  return requestIds.run(requestId, () => work(requestId));
}

/** The id of the request being served, if any (none in tests that call the server directly). */
export function currentRequestId(): string | undefined {
  return requestIds.getStore();
}
