import { createProduct } from '../../../lib/catalog/create-product';
import { createRatePlan } from '../../../lib/catalog/create-rate-plan';
import { exportRateDeck } from '../../../lib/catalog/export-rate-deck';
import { importRateDeck } from '../../../lib/catalog/import-rate-deck';
import { priceInForceOn, versionInForceOn } from '../../../lib/catalog/in-force-on';
import { listCatalogs } from '../../../lib/catalog/list-catalogs';
import { getProduct, listProducts } from '../../../lib/catalog/list-products';
import { previewCall } from '../../../lib/catalog/preview-call';
import { previewPrice } from '../../../lib/catalog/preview-price';
import {
  getRatePlan,
  listRateDeckEntries,
  listRatePlans,
  lookupDestination,
} from '../../../lib/catalog/rate-plan-queries';
import { setProductAllowances } from '../../../lib/catalog/set-product-allowances';
import { setProductPrice } from '../../../lib/catalog/set-product-price';
import type { StoredBandTerms, StoredRateStep } from '../../../lib/catalog/types';
import { updateCatalogBilling } from '../../../lib/catalog/update-catalog-billing';
import { updateCatalogRounding } from '../../../lib/catalog/update-catalog-rounding';
import { updateProduct } from '../../../lib/catalog/update-product';
import { updateRatePlanRounding } from '../../../lib/catalog/update-rate-plan-rounding';
import type { Holiday, TimeBand } from '../../../lib/rating/time-bands';
import type { Resolvers } from '../../__generated__/resolvers-types';
import { catalogEnumResolvers } from './enums';

export const catalogResolvers: Resolvers = {
  ...catalogEnumResolvers,
  Query: {
    catalogs: (_parent, _args, context) => listCatalogs(context),
    products: (_parent, args, context) =>
      listProducts(context, {
        first: args.first,
        after: args.after,
        filter: args.filter
          ? {
              catalogId: args.filter.catalogId ?? undefined,
              kind: args.filter.kind ?? undefined,
              search: args.filter.search ?? undefined,
              isActive: args.filter.isActive ?? undefined,
            }
          : undefined,
      }),
    product: (_parent, args, context) => getProduct(context, args.id),
    pricePreview: (_parent, { input }, context) => previewPrice(context, input),
    ratePlans: (_parent, args, context) => listRatePlans(context, args.catalogId),
    ratePlan: (_parent, args, context) => getRatePlan(context, args.id),
    rateDeckEntries: (_parent, args, context) => listRateDeckEntries(context, args),
    destinationLookup: (_parent, args, context) => lookupDestination(context, args),
    callPreview: (_parent, { input }, context) => previewCall(context, input),
    exportRateDeck: (_parent, args, context) => exportRateDeck(context, args),
  },
  Mutation: {
    updateCatalogRounding: (_parent, { input }, context) => updateCatalogRounding(context, input),
    updateCatalogBilling: (_parent, { input }, context) => updateCatalogBilling(context, input),
    createProduct: (_parent, { input }, context) => createProduct(context, input),
    updateProduct: (_parent, { input }, context) => updateProduct(context, input),
    setProductPrice: (_parent, { input }, context) =>
      setProductPrice(context, { productId: input.productId, ...input.price }),
    setProductAllowances: (_parent, { input }, context) => setProductAllowances(context, input),
    createRatePlan: (_parent, { input }, context) => createRatePlan(context, input),
    updateRatePlanRounding: (_parent, { input }, context) => updateRatePlanRounding(context, input),
    importRateDeck: (_parent, { input }, context) => importRateDeck(context, input),
  },
  Product: {
    catalog: async (product, _args, { loaders }) => {
      const catalog = await loaders.catalogById.load(product.catalogId);
      if (!catalog) throw new Error(`product ${product.id} has no catalog`);
      return catalog;
    },
    prices: (product, _args, { loaders }) => loaders.pricesByProductId.load(product.id),
    priceOn: async (product, args, { loaders }) =>
      priceInForceOn(await loaders.pricesByProductId.load(product.id), args.currency, args.date),
    allowances: (product, _args, { loaders }) => loaders.allowancesByProductId.load(product.id),
    recordRounding: (product) =>
      product.recordRounding && product.recordRoundingBlock
        ? { direction: product.recordRounding, block: product.recordRoundingBlock }
        : null,
  },
  Allowance: {
    usageProduct: (allowance, _args, { loaders }) =>
      allowance.usageProductId ? loaders.productById.load(allowance.usageProductId) : null,
    minutesPerUnit: (allowance) => allowance.quantityPerUnit,
  },
  Price: {
    tiers: (price, _args, { loaders }) => loaders.tiersByPriceId.load(price.id),
  },
  RatePlan: {
    catalog: async (plan, _args, { loaders }) => {
      const catalog = await loaders.catalogById.load(plan.catalogId);
      if (!catalog) throw new Error(`rate plan ${plan.id} has no catalog`);
      return catalog;
    },
    versions: (plan, _args, { loaders }) => loaders.versionsByPlanId.load(plan.id),
    versionOn: async (plan, args, { loaders }) =>
      versionInForceOn(await loaders.versionsByPlanId.load(plan.id), args.date),
  },
  RatePlanVersion: {
    timeBands: (version) =>
      (version.timeBands as TimeBand[]).map((band) => ({ ...band, dates: band.dates ?? [] })),
    holidays: (version) => version.holidays as Holiday[],
    entryCount: (version, _args, { loaders }) => loaders.entryCountByVersionId.load(version.id),
  },
  RateDeckEntry: {
    rateSteps: (entry) => entry.rateSteps as StoredRateStep[] | null,
    bandTerms: (entry) =>
      Object.entries(entry.bandTerms as Record<string, StoredBandTerms>).map(([band, terms]) => ({
        band,
        connectionFee: terms.connectionFee ?? null,
        initialIncrementSeconds: terms.initialIncrementSeconds ?? null,
        subsequentIncrementSeconds: terms.subsequentIncrementSeconds ?? null,
        rateSteps: terms.steps ?? null,
      })),
    bandRates: (entry) =>
      Object.entries(entry.bandRates as Record<string, string>).map(([band, ratePerMinute]) => ({
        band,
        ratePerMinute,
      })),
  },
  PricePreview: {
    amount: (preview) => preview.rated.amount.toString(),
    roundedAmount: (preview) => preview.roundedAmount.toFixed(preview.decimals),
    quantity: (preview) => preview.quantity.toString(),
    breakdown: (preview) => preview.rated.breakdown,
  },
  BreakdownLine: {
    quantity: (line) => line.quantity.toString(),
    unitPrice: (line) => line.unitPrice.toString(),
    amount: (line) => line.amount.toString(),
  },
  CallPreview: {
    isRated: ({ rating }) => rating.status === 'rated',
    unratedReason: ({ rating }) => (rating.status === 'unrated' ? rating.reason : null),
    version: ({ version }) => version,
    prefix: ({ rating }) => (rating.status === 'rated' ? rating.prefix : null),
    destination: ({ rating }) => (rating.status === 'rated' ? rating.destination : null),
    destinationClass: ({ rating }) => (rating.status === 'rated' ? rating.destinationClass : null),
    band: ({ rating }) => (rating.status === 'rated' ? rating.band : null),
    billableSeconds: ({ rating }) => (rating.status === 'rated' ? rating.billableSeconds : null),
    ratePerMinute: ({ rating }) => (rating.status === 'rated' ? rating.ratePerMinute.toString() : null),
    connectionFee: ({ rating }) => (rating.status === 'rated' ? rating.connectionFee.toString() : null),
    charge: ({ rating }) => (rating.status === 'rated' ? rating.charge.toString() : null),
    steps: ({ rating }) =>
      rating.status === 'rated' && rating.steps
        ? rating.steps.map((step) => ({
            seconds: step.seconds,
            ratePerMinute: step.ratePerMinute.toString(),
          }))
        : null,
  },
};
