'use client';

import { useState } from 'react';
import { errorMessage, errorsByField, type UserErrorData } from './graphql-client';

/**
 * State for a form that runs one mutation: pending while it runs, and errors by input field
 * from the payload's userErrors (or under `form` when the request itself failed).
 * `submit` resolves to the payload when it had no userErrors, else to null.
 */
export function useFormSubmission() {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);

  async function submit<TPayload extends { userErrors: UserErrorData[] }>(
    perform: () => Promise<TPayload>,
  ): Promise<TPayload | null> {
    setPending(true);
    try {
      const payload = await perform();
      setErrors(errorsByField(payload.userErrors));
      return payload.userErrors.length === 0 ? payload : null;
    } catch (caught) {
      setErrors({ form: errorMessage(caught) });
      return null;
    } finally {
      setPending(false);
    }
  }

  return { errors, pending, submit };
}
