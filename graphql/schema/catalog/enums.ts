import type { Resolvers } from '../../__generated__/resolvers-types';

/** GraphQL's SCREAMING_CASE enum values mapped to the domain's lower-case ones. */
export const catalogEnumResolvers: Resolvers = {
  RoundingMode: { HALF_UP: 'half_up', HALF_EVEN: 'half_even', DOWN: 'down', UP: 'up' },
  ProductKind: { RECURRING: 'recurring', USAGE: 'usage', ONE_TIME: 'one_time' },
  UsageType: { VOICE: 'voice', SMS: 'sms', DATA: 'data', CUSTOM: 'custom' },
  UsageAggregation: { SUM: 'sum', MAX: 'max', LAST: 'last', DISTINCT_COUNT: 'distinct_count', P95: 'p95' },
  RecordRoundingDirection: { UP: 'up', NEAREST: 'nearest', DOWN: 'down' },
  PriceModel: {
    FLAT: 'flat',
    PER_UNIT: 'per_unit',
    GRADUATED: 'graduated',
    VOLUME: 'volume',
    PACKAGE: 'package',
    RATE_DECK: 'rate_deck',
    PERCENTAGE: 'percentage',
    GRADUATED_PERCENTAGE: 'graduated_percentage',
  },
  BillingTiming: { IN_ADVANCE: 'in_advance', IN_ARREARS: 'in_arrears' },
  ProrationMethod: {
    ACTUAL_DAYS: 'actual_days',
    THIRTY_DAY_MONTHS: 'thirty_day_months',
    DAILY_RATE_ROUNDED: 'daily_rate_rounded',
    NONE: 'none',
  },
  BillingAlignment: { ACCOUNT: 'account', SUBSCRIPTION: 'subscription', BUNDLE: 'bundle' },
  DestinationClass: {
    DOMESTIC: 'domestic',
    INTERNATIONAL: 'international',
    MOBILE: 'mobile',
    TOLL_FREE: 'toll_free',
    PREMIUM: 'premium',
    OTHER: 'other',
  },
  UnratedReason: { INVALID_NUMBER: 'INVALID_NUMBER', NO_PREFIX_MATCH: 'NO_PREFIX_MATCH' },
};
