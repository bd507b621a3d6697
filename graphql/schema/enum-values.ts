/**
 * A GraphQL enum's resolver from the domain's lower-case values: `in_app` is served as
 * `IN_APP`. Pass the database enum's values so the two lists cannot drift apart.
 */
export const screamingCaseEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value.toUpperCase(), value])) as Record<Uppercase<T>, T>;
