import { makeAccount, makeProduct, makeRatePlan } from '../../seed/factories';
import { expect, test } from '../fixtures/test';
import { UsagePage } from '../pages/usage-page';

const deck = [
  'prefix,destination,destination_class,rate_per_minute,initial_increment_s,subsequent_increment_s,connection_fee',
  '1,United States/Canada,domestic,0.0150,6,6,0',
  '44,United Kingdom,international,0.0300,60,6,0',
].join('\n');

test('billing uploads a CDR file, watches it go in, and sees the report and the account rated usage', async ({
  page,
  db,
  makeSignedInUser,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  await makeProduct(db.db, {
    code: `VOICE-${stamp}`,
    kind: 'usage',
    usageType: 'voice',
    price: { currency: 'USD', model: 'rate_deck', effectiveFrom: '2026-01-01' },
  });
  const plan = await makeRatePlan(db.db, { deckCsv: deck, effectiveFrom: '2026-01-01' });
  const account = await makeAccount(db.db, {
    externalId: `E2E-${stamp}`,
    name: 'Upload Test Co',
    ratePlanId: plan.id,
  });
  await makeSignedInUser('billing');

  // Large enough that the browser reports upload progress; every call is 46 s to the US
  // (billed 48 s at 0.015/min = 0.012), plus one malformed row and one repeat.
  const calls = 60_000;
  const lines = ['record_id,account_id,usage_type,started_at,destination,duration_s,quantity'];
  for (let i = 0; i < calls; i++) {
    const at = new Date(Date.UTC(2026, 9, 1) + i * 40_000).toISOString();
    lines.push(`E2E-${stamp}-${i},${account.externalId},voice,${at},12125551234,46,`);
  }
  lines.push(`E2E-${stamp}-0,${account.externalId},voice,2026-10-01T00:00:00.000Z,12125551234,46,`);
  lines.push(`E2E-${stamp}-bad,${account.externalId},voice,2026-10-01T00:00:00Z,12125551234,-3,`);

  const usage = new UsagePage(page);
  await usage.open();
  const { sawProgress } = await usage.upload('october-cdrs.csv', lines.join('\n'));
  expect(sawProgress).toBe(true);
  await expect(usage.reportValue('Read')).toHaveText((calls + 2).toLocaleString('en-US'));
  await expect(usage.reportValue('Imported')).toHaveText(calls.toLocaleString('en-US'));
  await expect(usage.reportValue('Duplicates')).toHaveText('1');
  await expect(usage.reportValue('Rejected')).toHaveText('1');

  // The account's October: 60,000 calls whose start falls in October, each 0.012.
  const october = lines.slice(1, calls + 1).filter((line) => line.includes(',2026-10-')).length;
  await usage.showAccount(`${account.externalId} · Upload Test Co`, '2026-10');
  await expect(usage.accountUsage).toContainText('Calls to United States/Canada');
  await expect(usage.accountUsage.getByRole('row', { name: /United States\/Canada/ })).toContainText(
    october.toLocaleString('en-US').replace(/,/g, ''),
  );
  await expect(usage.accountUsage).toContainText((october * 0.012).toFixed(2));
});
