import { describe, expect, it } from 'vitest';
import { listPricesOfProduct } from '../../db/queries/prices';
import { countEntriesOfVersions, listVersionsOfPlans } from '../../db/queries/rate-plans';
import { makeCatalog, makeProduct, makeRatePlan } from '../../seed/factories';
import { setUpTestDatabase } from '../../seed/set-up-test-database';
import { createProduct } from './create-product';
import { exportRateDeck } from './export-rate-deck';
import { importRateDeck } from './import-rate-deck';
import { getProduct, listProducts } from './list-products';
import { previewCall } from './preview-call';
import { previewPrice } from './preview-price';
import { listRateDeckEntries, lookupDestination } from './rate-plan-queries';
import { setProductAllowances } from './set-product-allowances';
import { setProductPrice } from './set-product-price';
import { updateCatalogRounding } from './update-catalog-rounding';

const database = setUpTestDatabase();
const ctx = () => database.ctx();

const deck = [
  'prefix,destination,destination_class,rate_per_minute,offpeak_rate_per_minute,initial_increment_s,subsequent_increment_s,connection_fee',
  '44,United Kingdom,international,0.0300,0.0200,60,6,0',
  '447,United Kingdom - mobile,mobile,0.0900,,60,6,0',
  '4420,United Kingdom - London,international,0.0250,,60,6,0',
  '1,United States/Canada,domestic,0.0150,,6,6,0',
  '1876,Jamaica,international,0.1800,,60,60,0.0500',
].join('\n');
/** The same deck without its time-band column, for plans without bands. */
const plainDeck = deck
  .split('\n')
  .map((line) =>
    line
      .split(',')
      .filter((_, index) => index !== 4)
      .join(','),
  )
  .join('\n');

describe('products and prices', () => {
  it('creates a product with its first price, and refuses a duplicate code', async () => {
    const { product, userErrors } = await createProduct(ctx(), {
      code: 'SMS-BUNDLE',
      name: 'Text messages',
      kind: 'usage',
      usageType: 'sms',
      taxCategory: 'telecom',
      price: {
        currency: 'USD',
        model: 'graduated',
        effectiveFrom: '2026-01-01',
        tiers: [
          { upTo: '1000', unitPrice: '0.01' },
          { upTo: null, unitPrice: '0.008' },
        ],
      },
    });
    expect(userErrors).toEqual([]);
    expect(product?.code).toBe('SMS-BUNDLE');
    const again = await createProduct(ctx(), {
      code: 'SMS-BUNDLE',
      name: 'Again',
      kind: 'one_time',
      taxCategory: 'telecom',
    });
    expect(again.userErrors.map((e) => e.code)).toEqual(['TAKEN']);
  });

  it('stores nothing when the opening price is invalid', async () => {
    const result = await createProduct(ctx(), {
      code: 'BROKEN-TIERS',
      name: 'Broken',
      kind: 'usage',
      usageType: 'data',
      taxCategory: 'telecom',
      price: {
        currency: 'USD',
        model: 'volume',
        effectiveFrom: '2026-01-01',
        tiers: [
          { upTo: '10', unitPrice: '0.05' },
          { upTo: '5', unitPrice: '0.04' },
        ],
      },
    });
    expect(result.product).toBeNull();
    expect(result.userErrors.map((error) => error.message)).toEqual([
      'Tier 2 must go up to more than tier 1 (10).',
      'The last tier must be open (no upTo).',
    ]);
    const page = await listProducts(ctx(), { first: 50, filter: { search: 'BROKEN-TIERS' } });
    expect(page.edges).toEqual([]);
  });

  it('reports each bad price field, and refuses unknown currencies and rate decks on non-voice products', async () => {
    const product = await makeProduct(database.db, { kind: 'recurring' });
    const result = await setProductPrice(ctx(), {
      productId: product.id,
      currency: 'ABC',
      model: 'per_unit',
      unitPrice: '1e3',
      effectiveFrom: '2026-02-30',
    });
    expect(result.userErrors.map((e) => e.field?.join('.'))).toEqual([
      'input.currency',
      'input.effectiveFrom',
      'input.unitPrice',
    ]);
    const deckPriced = await setProductPrice(ctx(), {
      productId: product.id,
      currency: 'USD',
      model: 'rate_deck',
      effectiveFrom: '2026-01-01',
    });
    expect(deckPriced.userErrors[0]?.message).toBe('Only voice usage products are priced by a rate deck.');
  });

  it('keeps price history: a new price closes the previous one and earlier dates keep their price', async () => {
    const product = await makeProduct(database.db, {
      kind: 'recurring',
      price: { currency: 'USD', model: 'per_unit', unitPrice: '24.95', effectiveFrom: '2026-01-01' },
    });
    const raised = await setProductPrice(ctx(), {
      productId: product.id,
      currency: 'USD',
      model: 'per_unit',
      unitPrice: '26.95',
      effectiveFrom: '2026-06-01',
    });
    expect(raised.userErrors).toEqual([]);
    const history = await listPricesOfProduct(database.db, product.id, 'USD');
    expect(history.map((p) => [p.unitPrice, p.effectiveFrom, p.effectiveTo])).toEqual([
      ['26.95', '2026-06-01', null],
      ['24.95', '2026-01-01', '2026-06-01'],
    ]);
    const on = async (date: string) =>
      (
        await previewPrice(ctx(), { productId: product.id, currency: 'USD', date, quantity: '2' })
      ).preview?.roundedAmount.toString();
    expect(await on('2026-05-31')).toBe('49.9');
    expect(await on('2026-06-01')).toBe('53.9');
    const backdated = await setProductPrice(ctx(), {
      productId: product.id,
      currency: 'USD',
      model: 'per_unit',
      unitPrice: '1',
      effectiveFrom: '2026-03-01',
    });
    expect(backdated.userErrors.map((e) => e.code)).toEqual(['INVALID_STATE']);
    // A second currency has its own history.
    const euro = await setProductPrice(ctx(), {
      productId: product.id,
      currency: 'EUR',
      model: 'per_unit',
      unitPrice: '23',
      effectiveFrom: '2026-03-01',
    });
    expect(euro.userErrors).toEqual([]);
  });

  it('previews an edited price live and rounds lines by the catalog policy and currency', async () => {
    const preview = await previewPrice(ctx(), {
      quantity: '3103',
      price: {
        currency: 'USD',
        model: 'graduated',
        tiers: [
          { upTo: '1000', unitPrice: '0.0100' },
          { upTo: '10000', unitPrice: '0.0080' },
          { upTo: null, unitPrice: '0.0060' },
        ],
      },
    });
    expect(preview.preview?.rated.amount.toString()).toBe('26.824');
    expect(preview.preview?.roundedAmount.toString()).toBe('26.82');
    expect(preview.preview?.rated.breakdown.map((line) => line.quantity.toString())).toEqual([
      '1000',
      '2103',
    ]);

    const catalog = await makeCatalog(database.db);
    await updateCatalogRounding(ctx(), { catalogId: catalog.id, mode: 'half_even', callDecimals: 4 });
    const yen = await makeProduct(database.db, {
      catalogId: catalog.id,
      kind: 'one_time',
      price: { currency: 'JPY', model: 'per_unit', unitPrice: '0.5', effectiveFrom: '2026-01-01' },
    });
    const jpy = await previewPrice(ctx(), {
      productId: yen.id,
      currency: 'JPY',
      date: '2026-02-01',
      quantity: '5',
    });
    expect(jpy.preview?.roundedAmount.toString()).toBe('2'); // 2.5 to even, no minor unit
  });

  it('refuses a negative or non-numeric quantity', async () => {
    for (const quantity of ['-1', 'ten', '1e3']) {
      const result = await previewPrice(ctx(), {
        quantity,
        price: { currency: 'USD', model: 'per_unit', unitPrice: '1' },
      });
      expect(result.userErrors.map((e) => e.field?.join('.'))).toEqual(['input.quantity']);
    }
  });

  it('gives allowances to recurring products only', async () => {
    const seat = await makeProduct(database.db, { kind: 'recurring' });
    const result = await setProductAllowances(ctx(), {
      productId: seat.id,
      allowances: [{ minutesPerUnit: '1000', destinationClasses: ['domestic'] }],
    });
    expect(result.userErrors).toEqual([]);
    const oneTime = await makeProduct(database.db, { kind: 'one_time' });
    const refused = await setProductAllowances(ctx(), {
      productId: oneTime.id,
      allowances: [{ minutesPerUnit: '10', destinationClasses: ['domestic'] }],
    });
    expect(refused.userErrors[0]?.message).toBe('Only recurring products include usage.');
    expect((await getProduct(ctx(), seat.id))?.kind).toBe('recurring');
  });
});

describe('rate decks', () => {
  it('imports a deck as version 1, finds the longest prefix and exports what it imported', async () => {
    const plan = await makeRatePlan(database.db, { timeZone: 'Europe/London' });
    const imported = await importRateDeck(ctx(), {
      ratePlanId: plan.id,
      effectiveFrom: '2026-01-01',
      csv: deck,
      timeBands: [{ name: 'offpeak', weekdays: [6, 7], startMinute: 0, endMinute: 1440 }],
    });
    expect(imported.userErrors).toEqual([]);
    expect(imported.version?.version).toBe(1);
    expect(imported.report).toEqual({ rowsRead: 5, rowsValid: 5, problems: [] });

    const find = async (number: string) =>
      (await lookupDestination(ctx(), { ratePlanId: plan.id, number, date: '2026-03-01' }))?.destination ??
      null;
    expect(await find('+44 7911 123456')).toBe('United Kingdom - mobile');
    expect(await find('442079460000')).toBe('United Kingdom - London');
    expect(await find('441132345678')).toBe('United Kingdom');
    expect(await find('33123456789')).toBeNull();

    const csv = await exportRateDeck(ctx(), { ratePlanId: plan.id, date: '2026-03-01' });
    const reimported = await importRateDeck(ctx(), {
      ratePlanId: plan.id,
      effectiveFrom: '2026-02-01',
      csv,
      timeBands: [{ name: 'offpeak', weekdays: [6, 7], startMinute: 0, endMinute: 1440 }],
      dryRun: true,
    });
    expect(reimported.report).toEqual({ rowsRead: 5, rowsValid: 5, problems: [] });
    expect(reimported.version).toBeNull();
  });

  it('exports hostile destination names neutralised, amounts as numbers, and reads them back as they were', async () => {
    const hostile = [
      'prefix,destination,destination_class,rate_per_minute,initial_increment_s,subsequent_increment_s,connection_fee',
      '1212,@SUM(1),domestic,0.0150,60,6,0',
      `44,"=cmd|' /C calc'!A0",international,0.0300,60,6,0.0100`,
      '447,-Mobile+,mobile,0.0900,60,6,0',
      // a quote before a formula character is read as the export's own prefix: stored `'=twice`
      `33,''=twice,international,0.0400,60,6,0`,
    ].join('\n');
    const plan = await makeRatePlan(database.db, { deckCsv: hostile, effectiveFrom: '2026-01-01' });
    const csv = await exportRateDeck(ctx(), { ratePlanId: plan.id, date: '2026-03-01' });
    expect(csv.split('\n').slice(1)).toEqual([
      `1212,"'@SUM(1)",domestic,0.0150,60,6,0`,
      `33,"''=twice",international,0.0400,60,6,0`,
      `44,"'=cmd|' /C calc'!A0",international,0.0300,60,6,0.0100`,
      `447,"'-Mobile+",mobile,0.0900,60,6,0`,
      '',
    ]);

    await importRateDeck(ctx(), { ratePlanId: plan.id, effectiveFrom: '2026-04-01', csv });
    const entries = await listRateDeckEntries(ctx(), { ratePlanId: plan.id, date: '2026-04-01' });
    expect(entries.edges.map(({ node }) => [node.prefix, node.destination])).toEqual([
      ['1212', '@SUM(1)'],
      ['33', "'=twice"],
      ['44', "=cmd|' /C calc'!A0"],
      ['447', '-Mobile+'],
    ]);
  });

  it('searches a deck by prefix or destination name, page by page', async () => {
    const plan = await makeRatePlan(database.db, { deckCsv: plainDeck, effectiveFrom: '2026-01-01' });
    const byPrefix = await listRateDeckEntries(ctx(), {
      ratePlanId: plan.id,
      date: '2026-01-01',
      search: '44',
    });
    expect(byPrefix.edges.map((edge) => edge.node.prefix)).toEqual(['44', '4420', '447']);
    const byName = await listRateDeckEntries(ctx(), {
      ratePlanId: plan.id,
      date: '2026-01-01',
      search: 'london',
    });
    expect(byName.edges.map((edge) => edge.node.prefix)).toEqual(['4420']);
    const first = await listRateDeckEntries(ctx(), { ratePlanId: plan.id, date: '2026-01-01', first: 2 });
    const second = await listRateDeckEntries(ctx(), {
      ratePlanId: plan.id,
      date: '2026-01-01',
      first: 2,
      after: first.pageInfo.endCursor,
    });
    expect([...first.edges, ...second.edges].map((edge) => edge.node.prefix)).toEqual([
      '1',
      '1876',
      '44',
      '4420',
    ]);
    expect(await listRateDeckEntries(ctx(), { ratePlanId: plan.id, date: '2025-12-31' })).toMatchObject({
      version: null,
      edges: [],
    });
  });

  it('writes nothing for a deck with problems, and reports them by line', async () => {
    const plan = await makeRatePlan(database.db, {});
    const result = await importRateDeck(ctx(), {
      ratePlanId: plan.id,
      effectiveFrom: '2026-01-01',
      csv: `${deck}\n33,France,international,abc,,30,6,0\n44,Duplicate,international,0.01,,60,6,0`,
    });
    expect(result.version).toBeNull();
    expect(result.userErrors[0]?.message).toMatch(/problems; nothing was imported/);
    expect(result.report.problems.map((p) => `${p.line ?? '-'}:${p.column}`)).toEqual([
      '7:rate_per_minute',
      '8:prefix',
      '-:offpeak_rate_per_minute',
    ]);
    expect(await listVersionsOfPlans(database.db, [plan.id])).toEqual([]);
  });

  it('rates with the version in force on the call local date, in its time band', async () => {
    const plan = await makeRatePlan(database.db, { timeZone: 'America/Chicago' });
    await importRateDeck(ctx(), {
      ratePlanId: plan.id,
      effectiveFrom: '2026-10-01',
      csv: deck.replace('0.0300,0.0200', '0.0300,'),
    });
    const v2 = await importRateDeck(ctx(), {
      ratePlanId: plan.id,
      effectiveFrom: '2026-11-01',
      csv: deck.replace('0.0300,0.0200', '0.0600,0.0200'),
      timeBands: [
        { name: 'offpeak', weekdays: [1, 2, 3, 4, 5, 6, 7], startMinute: 18 * 60, endMinute: 8 * 60 },
      ],
    });
    expect(v2.version?.version).toBe(2);
    expect((await countEntriesOfVersions(database.db, [v2.version?.id ?? ''])).map((row) => row.n)).toEqual([
      5,
    ]);
    const call = (startedAt: string) =>
      previewCall(ctx(), {
        ratePlanId: plan.id,
        destinationNumber: '441132345678',
        durationSeconds: 61,
        startedAt: new Date(startedAt),
      });
    // 2026-11-01T03:30Z is still 31 October in Chicago: version 1, standard rate; 66 s × 0.03 / 60.
    expect((await call('2026-11-01T03:30:00Z')).rating).toMatchObject({
      status: 'rated',
      band: null,
      billableSeconds: 66,
    });
    expect((await call('2026-11-01T03:30:00Z')).version?.version).toBe(1);
    // 2 November 15:00 Chicago: version 2, standard 0.06; 20:00 Chicago: off-peak 0.02.
    expect((await call('2026-11-02T21:00:00Z')).rating).toMatchObject({
      band: null,
      charge: expect.objectContaining({}),
    });
    const peak = (await call('2026-11-02T21:00:00Z')).rating;
    const offpeak = (await call('2026-11-03T02:00:00Z')).rating;
    expect(peak.status === 'rated' && peak.charge.toString()).toBe('0.066');
    expect(offpeak.status === 'rated' && [offpeak.band, offpeak.charge.toString()]).toEqual([
      'offpeak',
      '0.022',
    ]);
  });

  it('refuses a version that does not come after the latest', async () => {
    const plan = await makeRatePlan(database.db, { deckCsv: plainDeck, effectiveFrom: '2026-05-01' });
    const result = await importRateDeck(ctx(), {
      ratePlanId: plan.id,
      effectiveFrom: '2026-04-01',
      csv: plainDeck,
    });
    expect(result.userErrors.map((e) => e.code)).toEqual(['INVALID_STATE']);
  });
});
