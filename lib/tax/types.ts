import type { TaxRuleRow } from '../../db/schema';

export type TaxRuleRecord = TaxRuleRow;
