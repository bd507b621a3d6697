import { expect, test } from '@playwright/test';
import { serverAudits } from 'graphql-http';
import { e2eSettings } from '../settings';

/**
 * The GraphQL over HTTP specification's server audits against the running endpoint. Errors
 * fail the run; warnings (optional behaviour) are reported in the test's annotations.
 */
const audits = serverAudits({ url: `${e2eSettings().baseURL}/api/graphql` });

for (const audit of audits) {
  test(`graphql-http ${audit.id}: ${audit.name}`, async () => {
    const result = await audit.fn();
    if (result.status !== 'ok') {
      test.info().annotations.push({ type: result.status, description: result.reason });
    }
    expect(result.status, result.status === 'error' ? result.reason : undefined).not.toBe('error');
  });
}
