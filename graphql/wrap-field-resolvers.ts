// biome-ignore lint/suspicious/noExplicitAny: resolvers of every signature pass through unchanged in type
export type AnyFieldResolver = (...args: any[]) => unknown;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/**
 * The resolver map with every field resolver (a function, or an object's `resolve`) passed
 * through `wrap`. Scalars, which arrive merged into plain objects by graphql/resolvers.ts
 * with their parse and serialize functions, and enum value maps are left as they are.
 */
export function wrapFieldResolvers<T extends object>(
  resolvers: T,
  wrap: (resolve: AnyFieldResolver) => AnyFieldResolver,
): T {
  const out: Record<string, unknown> = {};
  for (const [typeName, fields] of Object.entries(resolvers)) {
    if (!isPlainObject(fields) || 'parseValue' in fields || 'serialize' in fields) {
      out[typeName] = fields;
      continue;
    }
    const wrapped: Record<string, unknown> = {};
    for (const [name, field] of Object.entries(fields)) {
      if (typeof field === 'function') wrapped[name] = wrap(field as AnyFieldResolver);
      else if (isPlainObject(field) && typeof field.resolve === 'function')
        wrapped[name] = { ...field, resolve: wrap(field.resolve as AnyFieldResolver) };
      else wrapped[name] = field;
    }
    out[typeName] = wrapped;
  }
  return out as T;
}
