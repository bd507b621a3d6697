'use client';

import { graphqlRequest, type UserErrorData } from '@/app/_components/graphql-client';

type Payload = { userErrors: UserErrorData[] } & Record<string, unknown>;

/** Runs one invoice mutation (`finalizeInvoice`, `voidInvoice`, …) and returns its payload. */
export async function invoiceMutation(
  name:
    | 'finalizeInvoice'
    | 'voidInvoice'
    | 'discardDraftInvoice'
    | 'creditInvoice'
    | 'sendInvoice'
    | 'resendInvoiceEmail',
  input: Record<string, unknown>,
  selection: string,
): Promise<Payload> {
  const inputType = `${name.charAt(0).toUpperCase()}${name.slice(1)}Input`;
  const data = await graphqlRequest<Record<string, Payload>>(
    `mutation($input: ${inputType}!) { ${name}(input: $input) { ${selection} userErrors { code field message } } }`,
    { input },
  );
  return data[name] as Payload;
}
