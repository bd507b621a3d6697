'use client';

import type { FormEvent } from 'react';
import type { TypedDocumentString } from '@/app/_gql/graphql';
import { FormValues } from './form-values';
import { sendGraphQL, type UserErrorData } from './graphql-client';
import { useFormSubmission } from './use-form-submission';

/**
 * A console form that runs one typed mutation: `onSubmit` reads the form's values, sends the
 * variables `toVariables` builds from them, and hands the payload to `onDone` when it has no
 * userErrors. `errors` holds the userErrors by input field (the request's own failure under
 * `form`), `pending` is true while it runs. Pair it with `Field` and `FormFooter`.
 */
export function useMutationForm<TData, TVariables, TPayload extends { userErrors: UserErrorData[] }>({
  mutation,
  toVariables,
  payload,
  onDone,
}: {
  mutation: TypedDocumentString<TData, TVariables>;
  toVariables: (values: FormValues) => TVariables;
  payload: (data: TData) => TPayload;
  onDone?: (payload: TPayload, form: HTMLFormElement) => void;
}) {
  const { errors, pending, submit } = useFormSubmission();
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const variables = toVariables(FormValues.of(form));
    const result = await submit(async () => payload(await sendGraphQL(mutation, variables)));
    if (result) onDone?.(result, form);
  }
  return { errors, pending, onSubmit };
}
