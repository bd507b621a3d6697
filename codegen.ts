import type { CodegenConfig } from '@graphql-codegen/cli';

// SDL lives beside each module; codegen merges it into the committed graphql/schema.graphql
// (checked in CI by `npm run codegen:check`) and types every resolver.
const config: CodegenConfig = {
  schema: 'graphql/schema/**/*.graphql',
  generates: {
    'graphql/schema.graphql': { plugins: ['schema-ast'], config: { includeDirectives: true } },
    'graphql/__generated__/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        // Mapped domain types are imported under a suffix so they never clash with generated names.
        mapperTypeSuffix: 'Model',
        contextType: '../context#GraphQLContext',
        mappers: {
          User: '../../lib/auth/types#UserRecord',
          ApiKey: '../../lib/auth/types#ApiKeyRecord',
          AuditEntry: '../../lib/audit/types#AuditEntryRecord',
          UserSession: '../../lib/auth/types#SessionRecord',
          Viewer: '../../lib/auth/actor#Actor',
          Organization: '../../lib/organization/types#OrganizationRecord',
          Catalog: '../../lib/catalog/types#CatalogRecord',
          Account: '../../db/schema/accounts#AccountRow',
          Product: '../../lib/catalog/types#ProductRecord',
          Price: '../../lib/catalog/types#PriceRecord',
          PriceTier: '../../lib/catalog/types#PriceTierRecord',
          Allowance: '../../lib/catalog/types#AllowanceRecord',
          RatePlan: '../../lib/catalog/types#RatePlanRecord',
          RatePlanVersion: '../../lib/catalog/types#RatePlanVersionRecord',
          RateDeckEntry: '../../lib/catalog/types#RateDeckEntryRecord',
          TimeBand: '../../lib/rating/time-bands#TimeBand',
          PricePreview: '../../lib/catalog/preview-price#PricePreview',
          BreakdownLine: '../../lib/rating/types#BreakdownLine',
          CallPreview: '../../lib/catalog/preview-call#CallPreviewResult',
          Ingestion: '../../lib/usage/usage-queries#IngestionRecord',
          IngestionProblem: '../../lib/usage/usage-queries#IngestionProblemRecord',
          UsageRecord: '../../lib/usage/usage-queries#UsageRecordRow',
          AccountUsageSummary: '../../lib/usage/summarize-account-usage#AccountUsageSummary',
          VoiceUsageLine: '../../lib/rating/voice-lines#VoiceLine',
          MeteredUsageLine: '../../lib/usage/summarize-account-usage#MeteredUsageLine',
        },
        scalars: {
          Decimal: 'string',
          DateTime: { input: 'Date', output: 'Date | string' },
          Date: 'string',
          Currency: 'string',
        },
        enumsAsTypes: true,
        // GraphQL enums are SCREAMING_CASE; resolvers and lib/ use the domain's lower-case values.
        enumValues: {
          Role: '../../lib/auth/roles#Role',
          ApiKeyScope: '../../lib/auth/types#ApiKeyScope',
          ApiModule: '../../lib/auth/modules#ApiModule',
          ViewerKind: '../../lib/auth/actor#ViewerKind',
          ActorKind: '../../lib/auth/actor#ActorKind',
          AuditResult: '../../lib/audit/types#AuditResult',
          RoundingMode: '../../lib/money/rounding#RoundingMode',
          AccountStatus: '../../lib/accounts/types#AccountStatus',
          ProductKind: '../../lib/catalog/types#ProductKind',
          UsageType: '../../lib/catalog/types#UsageType',
          PriceModel: '../../lib/catalog/types#PriceModelName',
          DestinationClass: '../../lib/rating/destinations#DestinationClass',
          UnratedReason: '../../lib/rating/rate-call#UnratedReason',
          UsageStatus: '../../lib/usage/usage-queries#UsageStatus',
          IngestionSource: '../../lib/usage/usage-queries#IngestionSource',
          IngestionStatus: '../../lib/usage/usage-queries#IngestionStatus',
          IngestionProblemKind: '../../lib/usage/usage-queries#IngestionProblemKind',
        },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        maybeValue: 'T | null',
        inputMaybeValue: 'T | null | undefined',
      },
    },
  },
};

export default config;
