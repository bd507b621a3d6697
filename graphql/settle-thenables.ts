import { wrapFieldResolvers } from './wrap-field-resolvers';

type FieldResolver = (...args: unknown[]) => unknown;

function isLazyThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !(value instanceof Promise) &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}

/** The resolver, with a returned thenable turned into a promise at once. */
function settled(resolve: FieldResolver): FieldResolver {
  return (...args) => {
    const result = resolve(...args);
    return isLazyThenable(result) ? Promise.resolve(result) : result;
  };
}

/**
 * Every field resolver of the map, made to settle what it returns once. A drizzle query is a
 * thenable that runs each time `then` is called; Apollo's field instrumentation (our audit
 * plugin's hook) awaits a field's result and graphql-js awaits it again, so a resolver that
 * returns `db.select()…` as it is would run its query twice, and a returned write would be
 * written twice. Scalars and enum value maps are left as they are.
 */
export function settleThenables<T extends object>(resolvers: T): T {
  return wrapFieldResolvers(resolvers, (resolve) => settled(resolve as FieldResolver));
}
