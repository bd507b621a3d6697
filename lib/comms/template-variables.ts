/** The variables a template may use, each filled per recipient. */
export const templateVariables = {
  accountName: 'The account’s name',
  cutoverDate: 'The day Switchboard starts billing the account',
  firstInvoiceDate: 'The day of the account’s first Switchboard invoice',
  portalLink: 'The customer portal’s address',
  supportContact: 'Who to contact with questions',
  // Dunning messages only: a campaign has no invoice, so a campaign template using them waits as for a missing value.
  invoiceNumber: 'Dunning: the unpaid invoice’s number',
  amountDue: 'Dunning: what is still owed on it, with its currency (e.g. USD 1,234.50)',
  dueDate: 'Dunning: the day it was due',
  paymentLink: 'Dunning: where the customer sees the invoice and how to pay it, in the portal',
} as const;
export type TemplateVariable = keyof typeof templateVariables;
export type TemplateValues = Record<TemplateVariable, string>;
/** One recipient's values: a variable the recipient has no value for (no cutover date yet) is absent. */
export type RecipientValues = Partial<TemplateValues>;

const PLACEHOLDER = /\{\{\s*([A-Za-z]+)\s*\}\}/g;

/** Variables a text names that do not exist, and braces that do not form a placeholder. */
export function templateProblems(text: string): string[] {
  const problems: string[] = [];
  for (const [, name] of text.matchAll(PLACEHOLDER))
    if (name && !Object.hasOwn(templateVariables, name)) problems.push(`Unknown variable {{${name}}}.`);
  const stray = text.replace(PLACEHOLDER, '');
  if (stray.includes('{{') || stray.includes('}}')) problems.push('A {{ or }} does not form a variable.');
  return [...new Set(problems)];
}

/**
 * The variables the texts use that `values` has no value for, in the order of
 * templateVariables. A message rendered without them would read "{{cutoverDate}}", or worse,
 * stand-in prose the customer takes for a fact, so such a recipient waits or is excluded.
 */
export function missingVariables(texts: readonly string[], values: RecipientValues): TemplateVariable[] {
  const used = new Set(texts.flatMap((text) => [...text.matchAll(PLACEHOLDER)].map(([, name]) => name)));
  return (Object.keys(templateVariables) as TemplateVariable[]).filter(
    (name) => used.has(name) && values[name] === undefined,
  );
}

/** Variable names as a reader sees them in a template: "{{cutoverDate}}, {{firstInvoiceDate}}". */
export function asPlaceholders(names: readonly string[]): string {
  return names.map((name) => `{{${name}}}`).join(', ');
}

/** The text with every {{variable}} replaced by the recipient's value; one without a value stays as it is. */
export function renderTemplate(text: string, values: RecipientValues): string {
  return text.replace(
    PLACEHOLDER,
    (_match, name: string) => values[name as TemplateVariable] ?? `{{${name}}}`,
  );
}

/**
 * The first day Switchboard invoices an account cut over on `cutoverDate`: billed in arrears,
 * at the end of its first period: the 1st of the next month for calendar-month accounts, the
 * next billing day for anniversary ones.
 */
export function firstInvoiceDate(
  cutoverDate: string,
  account: { billingCycle: 'calendar_month' | 'anniversary'; billingDay: number },
): string {
  const [year, month, day] = cutoverDate.split('-').map(Number) as [number, number, number];
  const billingDay = account.billingCycle === 'calendar_month' ? 1 : account.billingDay;
  const candidate = new Date(Date.UTC(year, month - 1, billingDay));
  if (billingDay <= day) candidate.setUTCMonth(candidate.getUTCMonth() + 1);
  return candidate.toISOString().slice(0, 10);
}
