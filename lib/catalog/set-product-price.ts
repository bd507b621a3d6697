import type { Db } from '../../db/client';
import { closePrice, insertPrice, listPricesOfProduct } from '../../db/queries/prices';
import { getProductById, lockProduct } from '../../db/queries/products';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import { isCurrencyCode } from '../money/currencies';
import type { RoundingMode } from '../money/rounding';
import { collect, dateProblem } from './catalog-input';
import { type PriceInput, parsePriceInput } from './price-input';
import type { PriceRecord, ProductRecord } from './types';

export interface SetProductPriceInput extends PriceInput {
  productId: string;
  /** First day the price applies (YYYY-MM-DD). */
  effectiveFrom: string;
  /** The price's own rounding of its invoice lines; null or absent inherits the catalog's. */
  lineRoundingMode?: RoundingMode | null | undefined;
  lineDecimals?: number | null | undefined;
}

/**
 * Gives a product a new price in a currency from a date on. The price in force until then
 * is closed at that date, so earlier periods keep their price. The date must come after the
 * start of every existing price in that currency (history is appended to, never rewritten).
 * Answers with the product as it is afterwards, when the price was set.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function setProductPrice(
  { db, actor }: OperationContext,
  input: SetProductPriceInput,
): Promise<{ price: PriceRecord | null; product: ProductRecord | null; userErrors: UserError[] }> {
  authorize(actor, 'setProductPrice');
  const result = await db.transaction(async (tx) => {
    const product = await lockProduct(tx, input.productId);
    if (!product)
      return {
        price: null,
        userErrors: [userError('NOT_FOUND', ['input', 'productId'], 'No such product.')],
      };
    return addPrice(tx, product, input, ['input']);
  });
  const product = result.price ? await getProductById(db, input.productId) : null;
  return { ...result, product };
}

/** The shared body of setProductPrice and createProduct's first price; the product row is locked. */
export async function addPrice(
  tx: Db,
  product: ProductRecord,
  input: Omit<SetProductPriceInput, 'productId'>,
  path: string[],
): Promise<{ price: PriceRecord | null; userErrors: UserError[] }> {
  const userErrors = collect(
    isCurrencyCode(input.currency)
      ? null
      : userError('INVALID', [...path, 'currency'], `"${input.currency}" is not an ISO 4217 currency.`),
    dateProblem(input.effectiveFrom, [...path, 'effectiveFrom']),
    input.lineDecimals == null ||
      (Number.isInteger(input.lineDecimals) && input.lineDecimals >= 0 && input.lineDecimals <= 6)
      ? null
      : userError(
          'INVALID',
          [...path, 'lineDecimals'],
          'Line decimals must be a whole number from 0 to 6, or empty for the catalog’s.',
        ),
  );
  if (
    (input.model === 'percentage' || input.model === 'graduated_percentage') &&
    !(product.kind === 'usage' && product.usageType !== 'voice')
  ) {
    userErrors.push(
      userError(
        'INVALID',
        [...path, 'model'],
        'Only usage products whose records carry transaction amounts (not voice) take a percentage price.',
      ),
    );
  }
  if (input.model === 'rate_deck' && !(product.kind === 'usage' && product.usageType === 'voice')) {
    userErrors.push(
      userError('INVALID', [...path, 'model'], 'Only voice usage products are priced by a rate deck.'),
    );
  }
  if (input.billingTiming && product.kind !== 'recurring') {
    userErrors.push(
      userError(
        'INVALID',
        [...path, 'billingTiming'],
        'Only recurring prices are billed in advance or in arrears.',
      ),
    );
  }
  const parsed = parsePriceInput(input, path);
  userErrors.push(...parsed.userErrors);
  if (userErrors.length > 0) return { price: null, userErrors };

  const existing = await listPricesOfProduct(tx, product.id, input.currency);
  const latest = existing[0];
  if (latest && latest.effectiveFrom >= input.effectiveFrom) {
    return {
      price: null,
      userErrors: [
        userError(
          'INVALID_STATE',
          [...path, 'effectiveFrom'],
          `A ${input.currency} price already starts on ${latest.effectiveFrom}; a new price must start after it.`,
        ),
      ],
    };
  }
  if (latest && (latest.effectiveTo === null || latest.effectiveTo > input.effectiveFrom)) {
    await closePrice(tx, latest.id, input.effectiveFrom);
  }
  // Store amounts as entered ("14.50", "0.0100"): the scale a price was written with is
  // part of how people read it, and numeric keeps it exactly.
  const text = (value: string | null | undefined) =>
    value === null || value === undefined || value.trim() === '' ? null : value.trim();
  const model = input.model;
  const price = await insertPrice(
    tx,
    {
      productId: product.id,
      currency: input.currency,
      model,
      amount: model === 'flat' ? text(input.amount) : null,
      unitPrice: model === 'per_unit' ? text(input.unitPrice) : null,
      packageSize: model === 'package' ? text(input.packageSize) : null,
      packagePrice: model === 'package' ? text(input.packagePrice) : null,
      freeUnits: model === 'package' ? text(input.freeUnits) : null,
      minimumCharge: model === 'rate_deck' ? null : text(input.minimumCharge),
      billingTiming: input.billingTiming ?? null,
      ...(model === 'percentage' && {
        ratePercent: text(input.ratePercent),
        transactionFee: text(input.transactionFee),
        transactionMinimum: text(input.transactionMinimum),
        transactionMaximum: text(input.transactionMaximum),
        freeTransactions: input.freeTransactions ?? null,
        freeAmount: text(input.freeAmount),
      }),
      lineRoundingMode: input.lineRoundingMode ?? null,
      lineDecimals: input.lineDecimals ?? null,
      effectiveFrom: input.effectiveFrom,
    },
    model === 'graduated' || model === 'volume' || model === 'graduated_percentage'
      ? (input.tiers ?? []).map((tier, position) => ({
          position,
          upTo: text(tier.upTo),
          unitPrice: tier.unitPrice.trim(),
          flatFee: text(tier.flatFee),
        }))
      : [],
  );
  return { price, userErrors: [] };
}
