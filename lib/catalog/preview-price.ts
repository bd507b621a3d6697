import { getCatalogById } from '../../db/queries/catalogs';
import { getEffectivePrice, listTiersOfPrices } from '../../db/queries/prices';
import { getProductById } from '../../db/queries/products';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { todayIso } from '../dates';
import { AppError, type UserError, userError } from '../errors';
import { Dec, isPlainDecimal } from '../money/decimal';
import { lineDecimalsOf, roundLineAmount } from '../money/rounding';
import { ratePrice } from '../rating/price-model';
import type { RatedAmount } from '../rating/types';
import { ensureDefaultCatalog } from './default-catalog';
import { type PriceInput, parsePriceInput, priceModelOf } from './price-input';
import { roundingPolicyOf } from './rounding-policy';

export interface PricePreview {
  currency: string;
  quantity: Dec;
  rated: RatedAmount;
  /** The amount as an invoice line would show it, rounded by the catalog's policy. */
  roundedAmount: Dec;
  decimals: number;
}

/**
 * What a quantity costs: under a product's price in force on a date, or under a price
 * definition being edited (the console's live preview). Nothing is stored.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN, NOT_FOUND (product or price)
 */
export async function previewPrice(
  { db, actor }: OperationContext,
  input: {
    quantity: string;
    productId?: string | null;
    currency?: string | null;
    date?: string | null;
    price?: PriceInput | null;
  },
): Promise<{ preview: PricePreview | null; userErrors: UserError[] }> {
  authorize(actor, 'pricePreview');
  if (!isPlainDecimal(input.quantity) || new Dec(input.quantity).isNegative()) {
    return {
      preview: null,
      userErrors: [
        userError('INVALID', ['input', 'quantity'], 'The quantity must be a non-negative decimal.'),
      ],
    };
  }
  const quantity = new Dec(input.quantity);
  if (input.price) {
    const parsed = parsePriceInput(input.price, ['input', 'price']);
    if (!parsed.model) return { preview: null, userErrors: parsed.userErrors };
    const catalog = await ensureDefaultCatalog(db);
    const rated = ratePrice(parsed.model, quantity);
    const policy = roundingPolicyOf(catalog);
    return {
      preview: {
        currency: input.price.currency,
        quantity,
        rated,
        roundedAmount: roundLineAmount(rated.amount, input.price.currency, policy),
        decimals: lineDecimalsOf(input.price.currency, policy),
      },
      userErrors: [],
    };
  }
  if (!input.productId || !input.currency) {
    return {
      preview: null,
      userErrors: [userError('REQUIRED', ['input'], 'Give a product and currency, or a price definition.')],
    };
  }
  const product = await getProductById(db, input.productId);
  if (!product) throw new AppError('NOT_FOUND', 'No such product.');
  const date = input.date ?? todayIso();
  const price = await getEffectivePrice(db, product.id, input.currency, date);
  if (!price) throw new AppError('NOT_FOUND', `${product.code} has no ${input.currency} price on ${date}.`);
  const model = priceModelOf(price, await listTiersOfPrices(db, [price.id]));
  if (!model) {
    return {
      preview: null,
      userErrors: [
        userError(
          'INVALID',
          ['input', 'productId'],
          `${product.code} is priced per call by rate deck: preview a call instead.`,
        ),
      ],
    };
  }
  const catalog = await getCatalogById(db, product.catalogId);
  if (!catalog) throw new AppError('NOT_FOUND', 'The product has no catalog.');
  const rated = ratePrice(model, quantity);
  return {
    preview: {
      currency: price.currency,
      quantity,
      rated,
      roundedAmount: roundLineAmount(rated.amount, price.currency, roundingPolicyOf(catalog, { price })),
      decimals: lineDecimalsOf(price.currency, roundingPolicyOf(catalog, { price })),
    },
    userErrors: [],
  };
}
