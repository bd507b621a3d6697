import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { EARLIEST_YEAR, isSaneIsoDate, LATEST_YEAR, parseIsoInstant } from '../../lib/dates';
import { isCurrencyCode } from '../../lib/money/currencies';
import { isWithinAmountLimit, MAX_AMOUNT_TEXT } from '../../lib/money/limits';

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** Builds a string-carried scalar from one validating parser used for variables and literals. */
function stringScalar<TInternal>(options: {
  name: string;
  description: string;
  parse: (raw: string) => TInternal;
  serialize: (value: unknown) => string;
}): GraphQLScalarType<TInternal, string> {
  const parseValue = (value: unknown): TInternal => {
    if (typeof value !== 'string') throw badInput(`${options.name} must be sent as a string.`);
    return options.parse(value);
  };
  return new GraphQLScalarType<TInternal, string>({
    name: options.name,
    description: options.description,
    serialize: options.serialize,
    parseValue,
    parseLiteral(ast: ValueNode) {
      if (ast.kind !== Kind.STRING) throw badInput(`${options.name} must be a string literal.`);
      return parseValue(ast.value);
    },
  });
}

const DECIMAL = /^-?(0|[1-9]\d*)(\.\d+)?$/;

export const DecimalScalar = stringScalar<string>({
  name: 'Decimal',
  description: 'An exact decimal number as a string, at most 10^12 in magnitude.',
  parse(raw) {
    if (!DECIMAL.test(raw) || raw.length > 64)
      throw badInput(`"${raw.slice(0, 64)}" is not a decimal number.`);
    // Amounts, prices, rates and quantities alike: nothing real comes near it.
    if (!isWithinAmountLimit(raw))
      throw badInput(
        `${raw} is beyond the largest amount accepted (${MAX_AMOUNT_TEXT} in either direction).`,
      );
    return raw;
  },
  serialize(value) {
    // Decimal instances and strings both stringify exactly; a JS number would mean float money.
    if (typeof value === 'number') throw new TypeError('Decimal values must not be JavaScript numbers');
    return String(value);
  },
});

export const DateTimeScalar = stringScalar<Date>({
  name: 'DateTime',
  description: `An instant, ISO 8601 with a time zone, in the years ${EARLIEST_YEAR}–${LATEST_YEAR}.`,
  parse(raw) {
    const date = parseIsoInstant(raw);
    if (!date) {
      throw badInput(
        `"${raw.slice(0, 64)}" is not an ISO 8601 date-time with a time zone between ${EARLIEST_YEAR} and ${LATEST_YEAR}.`,
      );
    }
    return date;
  },
  serialize(value) {
    if (value instanceof Date) return value.toISOString();
    if (typeof value === 'string') return new Date(value).toISOString();
    throw new TypeError('DateTime values must be Date objects or ISO strings');
  },
});

export const DateScalar = stringScalar<string>({
  name: 'Date',
  description: `A calendar date, YYYY-MM-DD, in the years ${EARLIEST_YEAR}–${LATEST_YEAR}.`,
  parse(raw) {
    if (!isSaneIsoDate(raw))
      throw badInput(
        `"${raw.slice(0, 64)}" is not a date (YYYY-MM-DD) between ${EARLIEST_YEAR} and ${LATEST_YEAR}.`,
      );
    return raw;
  },
  serialize(value) {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return String(value);
  },
});

export const CurrencyScalar = stringScalar<string>({
  name: 'Currency',
  description: 'An ISO 4217 currency code.',
  parse(raw) {
    if (!isCurrencyCode(raw)) throw badInput(`"${raw.slice(0, 16)}" is not an ISO 4217 currency code.`);
    return raw;
  },
  serialize: (value) => String(value),
});

export const scalarResolvers = {
  Decimal: DecimalScalar,
  DateTime: DateTimeScalar,
  Date: DateScalar,
  Currency: CurrencyScalar,
};
