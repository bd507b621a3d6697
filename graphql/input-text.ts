import type {
  ConstDirectiveNode,
  GraphQLField,
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLResolveInfo,
} from 'graphql';
import { AppError } from '../lib/errors';
import { checkText, type TextPolicy } from '../lib/text/check-text';
import { wrapFieldResolvers } from './wrap-field-resolvers';

/** Walks one argument value, checking its strings; returns it with accepted text normalised. */
type ValueCheck = (value: unknown, path: string[]) => unknown;

/**
 * The `@text` directive's arguments on a field or argument, read from the SDL's AST. Its
 * arguments are Boolean and Int literals, so reading them needs nothing of graphql-js:
 * this module touches schema objects by shape alone, since Apollo's graphql (CommonJS) and
 * ours (ESM) may be two copies whose `instanceof` checks refuse each other's types.
 */
function textPolicyOf(node: { directives?: readonly ConstDirectiveNode[] } | null | undefined): TextPolicy {
  const directive = node?.directives?.find((entry) => entry.name.value === 'text');
  const policy: TextPolicy = {};
  for (const argument of directive?.arguments ?? []) {
    const { value } = argument;
    if (argument.name.value === 'maxLength' && value.kind === 'IntValue')
      policy.maxLength = Number(value.value);
    if (argument.name.value === 'multiline' && value.kind === 'BooleanValue') policy.multiline = value.value;
    if (argument.name.value === 'verbatim' && value.kind === 'BooleanValue') policy.verbatim = value.value;
  }
  return policy;
}

type Wrapper = { ofType: GraphQLInputType };
const isNonNull = (type: GraphQLInputType): type is GraphQLInputType & Wrapper =>
  'ofType' in type && String(type).endsWith('!');
const isList = (type: GraphQLInputType): type is GraphQLInputType & Wrapper =>
  'ofType' in type && String(type).startsWith('[');
const isInputObject = (type: GraphQLInputType): type is GraphQLInputObjectType =>
  'getFields' in type && typeof type.getFields === 'function';
const isTextScalar = (type: GraphQLInputType): boolean =>
  !('ofType' in type) && (String(type) === 'String' || String(type) === 'ID');

function refuse(path: string[], problem: string): never {
  throw new AppError('BAD_USER_INPUT', `${path.join('.')} ${problem}.`, { field: path });
}

/**
 * A check for every value of `type`, built once per schema position. Strings and ids pass
 * checkText with the policy of the field or argument they sit in; other scalars check
 * themselves when parsed (graphql/scalars); enums are closed lists.
 */
function checkFor(
  type: GraphQLInputType,
  policy: TextPolicy,
  objectChecks: Map<string, ValueCheck>,
): ValueCheck | null {
  if (isNonNull(type)) return checkFor(type.ofType, policy, objectChecks);
  if (isList(type)) {
    const item = checkFor(type.ofType, policy, objectChecks);
    if (!item) return null;
    return (value, path) =>
      Array.isArray(value)
        ? value.map((entry, index) => item(entry, [...path, String(index)]))
        : item(value, path);
  }
  if (isTextScalar(type)) {
    return (value, path) => {
      if (typeof value !== 'string') return value;
      const checked = checkText(value, policy);
      return 'problem' in checked ? refuse(path, checked.problem) : checked.value;
    };
  }
  if (isInputObject(type)) {
    const known = objectChecks.get(type.name);
    if (known) return known;
    const fields: [string, ValueCheck][] = [];
    const check: ValueCheck = (value, path) => {
      if (value === null || typeof value !== 'object') return value;
      let out: Record<string, unknown> | null = null;
      for (const [name, fieldCheck] of fields) {
        const before = (value as Record<string, unknown>)[name];
        if (before === undefined || before === null) continue;
        const after = fieldCheck(before, [...path, name]);
        if (after !== before) {
          out ??= { ...(value as Record<string, unknown>) };
          out[name] = after;
        }
      }
      return out ?? value;
    };
    // Registered before the fields are walked: input types may refer to themselves.
    objectChecks.set(type.name, check);
    for (const field of Object.values(type.getFields())) {
      const fieldCheck = checkFor(field.type, textPolicyOf(field.astNode), objectChecks);
      if (fieldCheck) fields.push([field.name, fieldCheck]);
    }
    return check;
  }
  return null;
}

type ArgumentsCheck = (args: Record<string, unknown>) => Record<string, unknown>;

const checksByField = new WeakMap<GraphQLField<unknown, unknown>, ArgumentsCheck | null>();
const objectChecksBySchema = new WeakMap<object, Map<string, ValueCheck>>();

function argumentsCheckFor(info: GraphQLResolveInfo): ArgumentsCheck | null {
  const field = info.parentType.getFields()[info.fieldName];
  if (!field) return null;
  const cached = checksByField.get(field);
  if (cached !== undefined) return cached;
  let objectChecks = objectChecksBySchema.get(info.schema);
  if (!objectChecks) {
    objectChecks = new Map();
    objectChecksBySchema.set(info.schema, objectChecks);
  }
  const argumentChecks: [string, ValueCheck][] = [];
  for (const argument of field.args) {
    const check = checkFor(argument.type, textPolicyOf(argument.astNode), objectChecks);
    if (check) argumentChecks.push([argument.name, check]);
  }
  const check: ArgumentsCheck | null =
    argumentChecks.length === 0
      ? null
      : (args) => {
          let out: Record<string, unknown> | null = null;
          for (const [name, argumentCheck] of argumentChecks) {
            const before = args[name];
            if (before === undefined || before === null) continue;
            const after = argumentCheck(before, [name]);
            if (after !== before) {
              out ??= { ...args };
              out[name] = after;
            }
          }
          return out ?? args;
        };
  checksByField.set(field, check);
  return check;
}

type FieldResolver = (
  parent: unknown,
  args: Record<string, unknown>,
  context: unknown,
  info: GraphQLResolveInfo,
) => unknown;

function withCheckedText(resolve: FieldResolver): FieldResolver {
  return (parent, args, context, info) => {
    const check = argumentsCheckFor(info);
    return resolve(parent, check ? check(args) : args, context, info);
  };
}

/**
 * Every resolver of the map, made to receive its arguments' text checked and normalised
 * (the `@text` directive of the schema says how). This is the one place text from a GraphQL
 * client is checked: an argument refused here is BAD_USER_INPUT naming the field, thrown
 * inside the field so the audit plugin records the attempt, and nothing reaches lib/.
 */
export function checkTextArguments<T extends object>(resolvers: T): T {
  return wrapFieldResolvers(resolvers, (resolve) => withCheckedText(resolve as FieldResolver));
}
