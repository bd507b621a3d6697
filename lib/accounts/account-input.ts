import type { AccountRow } from '../../db/schema';
import { parseEmail } from '../auth/user-input';
import { codeProblem, collect, nameProblem } from '../catalog/catalog-input';
import { type UserError, userError } from '../errors';
import { isCurrencyCode } from '../money/currencies';

/** The account fields a user edits; every one optional on update. */
export interface AccountFieldsInput {
  externalId?: string | null | undefined;
  name?: string | null | undefined;
  currency?: string | null | undefined;
  ratePlanId?: string | null | undefined;
  status?: AccountRow['status'] | null | undefined;
  billingEmail?: string | null | undefined;
  contactName?: string | null | undefined;
  taxRegion?: string | null | undefined;
  taxExemptions?: readonly string[] | null | undefined;
  parentAccountId?: string | null | undefined;
  billToParent?: boolean | null | undefined;
  billingCycle?: AccountRow['billingCycle'] | null | undefined;
  billingDay?: number | null | undefined;
  paymentTermsDays?: number | null | undefined;
  invoiceDelivery?: AccountRow['invoiceDelivery'] | null | undefined;
}

export type AccountValues = Partial<Omit<AccountRow, 'id' | 'createdAt' | 'updatedAt'>>;

const REGION = /^[A-Z]{2}(-[A-Z0-9]{1,10})?$/;
const TAX_CODE = /^[A-Z0-9][A-Z0-9_-]{0,19}$/;

/**
 * Checks the fields present in the input and turns them into column values; absent fields
 * stay absent (an update leaves them as they are), explicit nulls clear optional ones.
 */
export function parseAccountFields(input: AccountFieldsInput): {
  values: AccountValues;
  userErrors: UserError[];
} {
  const values: AccountValues = {};
  const problems: (UserError | null)[] = [];
  const field = (name: string) => ['input', name];
  if (input.externalId != null) {
    problems.push(codeProblem(input.externalId, field('externalId')));
    values.externalId = input.externalId;
  }
  if (input.name != null) {
    problems.push(nameProblem(input.name, field('name')));
    values.name = input.name.trim();
  }
  if (input.currency != null) {
    const currency = input.currency.toUpperCase();
    problems.push(
      isCurrencyCode(currency)
        ? null
        : userError('INVALID', field('currency'), `${input.currency} is not an ISO 4217 currency.`),
    );
    values.currency = currency;
  }
  if (input.ratePlanId !== undefined) values.ratePlanId = input.ratePlanId;
  if (input.status != null) values.status = input.status;
  if (input.billingEmail !== undefined) {
    if (input.billingEmail === null || !input.billingEmail.trim()) values.billingEmail = null;
    else {
      const parsed = parseEmail(input.billingEmail, field('billingEmail'));
      if ('error' in parsed) problems.push(parsed.error);
      else values.billingEmail = parsed.email;
    }
  }
  if (input.contactName !== undefined) values.contactName = input.contactName?.trim() || null;
  if (input.taxRegion !== undefined) {
    const region = input.taxRegion?.trim().toUpperCase() || null;
    if (region && !REGION.test(region))
      problems.push(
        userError('INVALID', field('taxRegion'), 'Use a country code, optionally with a region: US-TX, GB.'),
      );
    values.taxRegion = region;
  }
  if (input.taxExemptions != null) {
    const codes = [...new Set(input.taxExemptions.map((code) => code.trim().toUpperCase()))];
    const bad = codes.find((code) => !TAX_CODE.test(code));
    if (bad !== undefined)
      problems.push(
        userError('INVALID', field('taxExemptions'), `"${bad}" is not a tax code (e.g. SALES, E911).`),
      );
    values.taxExemptions = codes;
  }
  if (input.parentAccountId !== undefined) values.parentAccountId = input.parentAccountId;
  if (input.billToParent != null) values.billToParent = input.billToParent;
  if (input.billingCycle != null) values.billingCycle = input.billingCycle;
  if (input.billingDay != null) {
    if (!Number.isInteger(input.billingDay) || input.billingDay < 1 || input.billingDay > 28)
      problems.push(userError('INVALID', field('billingDay'), 'Use a day from 1 to 28.'));
    values.billingDay = input.billingDay;
  }
  if (input.paymentTermsDays != null) {
    if (
      !Number.isInteger(input.paymentTermsDays) ||
      input.paymentTermsDays < 0 ||
      input.paymentTermsDays > 365
    )
      problems.push(userError('INVALID', field('paymentTermsDays'), 'Use 0 to 365 days (net N).'));
    values.paymentTermsDays = input.paymentTermsDays;
  }
  if (input.invoiceDelivery != null) values.invoiceDelivery = input.invoiceDelivery;
  return { values, userErrors: collect(...problems) };
}
