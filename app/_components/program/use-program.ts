'use client';

import { useGraphQLQuery } from '@/app/_components/use-graphql-query';

/**
 * Loads the newest program with the page's own selection (`fields`, inside `program { … }`);
 * `program` is null when there is none yet, so the page can offer to start one.
 * `declarations` declares the variables `fields` uses, e.g. `$filter: ChecklistFilter`.
 */
export function useProgram<TProgram>(
  fields: string,
  options: { declarations?: string; variables?: Record<string, unknown>; refreshKey?: unknown } = {},
) {
  const query = `query Program${options.declarations ? `(${options.declarations})` : ''} { program { id name ${fields} } }`;
  const { data, error, reload } = useGraphQLQuery<{
    program: (TProgram & { id: string; name: string }) | null;
  }>(query, options.variables, options.refreshKey);
  return { program: data?.program ?? null, loaded: data !== null, error, reload };
}
