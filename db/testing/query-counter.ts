import type { Logger } from 'drizzle-orm';

/**
 * Hears every statement drizzle sends (pass it as createTestDatabase's logger), so a test can
 * hold a request to a number of queries: e.g. a list costs the same however long it is.
 */
export class QueryCounter implements Logger {
  readonly statements: string[] = [];

  logQuery(query: string): void {
    this.statements.push(query);
  }

  /** The statements sent while `work` ran; nothing else may use the database meanwhile. */
  async during(work: () => Promise<unknown>): Promise<string[]> {
    const start = this.statements.length;
    await work();
    return this.statements.slice(start);
  }
}
