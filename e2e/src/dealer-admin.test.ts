// An equipment dealer's office, in the admin app: a business of its own (projects-world's
// makeContractor, with meters and supplies switched on), Jamie's office copier with a black and a
// colour meter (through the admin API, as the office adds them) and a reading far above what the
// copier usually prints (written in SQL, as the validation would have flagged it). Staff review it
// from the navigation's badge and approve it, put the copier under a contract with overage bands
// (the form shows what 10,000 pages would cost while typing) and a toner allowance, then ship the
// toner Jamie ordered in the portal (two cartridges covered, one billed) with its tracking number.
import { mkdir } from 'node:fs/promises';
import pg from 'pg';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, MOBILE, useBrowser } from './browser.js';
import { DEMO_PASSWORD } from './demo.js';
import { adminMenuRows, adminUrl, queryFromPage, signInToAdmin, signInToPortal } from './flows.js';
import { makeContractor, type ContractorWorld } from './projects-world.js';

const browser = useBrowser();
const POLL = { timeout: 10_000 };
const SHOTS = '/tmp/shots/admin21';

let db: pg.Client;
let world: ContractorWorld;
let device: { assetId: string; siteId: string; blackMeterId: string };

/** A full-page picture at the page's width, for people to look at. */
async function shot(page: Page, name: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path: `${SHOTS}/${name}-${page.viewportSize()?.width ?? 0}.png`, fullPage: true, animations: 'disabled', caret: 'hide' });
}

/** The same page on a phone: nothing wider than the screen; then back to the desktop. */
async function onPhone(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: MOBILE, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(MOBILE);
  await shot(page, name);
  await page.setViewportSize({ width: DESKTOP, height: 900 });
}

beforeAll(async () => {
  db = new pg.Client({ connectionString: inject('databaseUrl') });
  await db.connect();
  world = await makeContractor(db);
  await db.query(`UPDATE tenants SET trade = 'equipment', feature_meters = true, feature_supplies = true, feature_projects = false WHERE slug = $1`, [world.slug]);
});

afterAll(async () => {
  await db.end();
});

/** Jamie's copier, its meters and its history, made by the office through the admin API. */
async function makeCopier(office: Page): Promise<void> {
  const admin = <T>(query: string, variables: Record<string, unknown> = {}) => queryFromPage<T>(office, 'admin', query, variables);
  const { createSite } = await admin<{ createSite: { id: string } }>('mutation($c: ID!, $i: SiteInput!) { createSite(customerId: $c, input: $i) { id } }', {
    c: world.customerId,
    i: { label: 'Head office', addressLine1: '1600 Market St', city: 'Denver', region: 'CO', postalCode: '80202', country: 'US' },
  });
  const { createAssetType } = await admin<{ createAssetType: { id: string } }>(
    'mutation($n: [AssetTypeNameInput!]!) { createAssetType(category: equipment, code: "copier", names: $n) { id } }',
    { n: [{ locale: 'en', name: 'Copier' }] },
  );
  const { createAsset } = await admin<{ createAsset: { id: string } }>('mutation($c: ID!, $i: AssetInput!) { createAsset(customerId: $c, input: $i) { id } }', {
    c: world.customerId,
    i: { name: 'Office copier', assetTypeId: createAssetType.id, model: 'Konica C250i', serialNumber: 'A1B2C3', siteId: createSite.id },
  });
  const addMeter = (kind: string, label: string) =>
    admin<{ addMeter: { id: string } }>('mutation($a: ID!, $k: MeterKind!, $l: String!) { addMeter(assetId: $a, kind: $k, label: $l) { id } }', {
      a: createAsset.id,
      k: kind,
      l: label,
    }).then((r) => r.addMeter.id);
  const blackMeterId = await addMeter('BLACK', 'Black pages');
  await addMeter('COLOUR', 'Colour pages');
  // A month ago 10,000; today 25,000 where about 11,500 was expected: flagged for review.
  await db.query(
    `INSERT INTO meter_readings (id, tenant_id, customer_id, meter_id, value, read_at, source, status, created_at)
       SELECT gen_random_uuid(), m.tenant_id, m.customer_id, m.id, 10000, now() - interval '30 days', 'STAFF', 'ACCEPTED', now() - interval '30 days' FROM meters m WHERE m.id = $1`,
    [blackMeterId],
  );
  await db.query(
    `INSERT INTO meter_readings (id, tenant_id, customer_id, meter_id, value, read_at, source, status, expected_value, flag_reason)
       SELECT gen_random_uuid(), m.tenant_id, m.customer_id, m.id, 25000, now() - interval '1 hour', 'PORTAL', 'FLAGGED', 11500, 'ABOVE_EXPECTED' FROM meters m WHERE m.id = $1`,
    [blackMeterId],
  );
  device = { assetId: createAsset.id, siteId: createSite.id, blackMeterId };
}

/** Fills one overage band of a meter ("Black pages, band 1"). */
async function fillBand(page: Page, name: string, rate: string, upTo?: string) {
  const band = page.getByRole('listitem', { name, exact: true });
  if (upTo !== undefined) await band.getByLabel(/^Up to/).fill(upTo);
  await band.getByLabel(/^Price per 1,000/).fill(rate);
}

describe('admin: an equipment dealer’s office', () => {
  it('staff approve a flagged reading, put the copier under a contract with overage bands, and ship the toner the customer ordered with its tracking number', async () => {
    const page = await browser.page({ width: DESKTOP });
    await signInToAdmin(page, world.slug, world.staffEmail, DEMO_PASSWORD);
    await makeCopier(page);
    await page.reload();
    const nav = page.getByRole('navigation', { name: 'Main' });
    // With meters and supplies (and their badges) an owner's menu still fits one row on a laptop.
    expect(await adminMenuRows(nav)).toBe(1);

    // 1. The badge says a reading waits; the queue shows it against what was expected.
    await expect.poll(() => nav.getByTestId('meters-badge').innerText(), POLL).toContain('1');
    await nav.getByRole('link', { name: /^Meters/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Readings to review' }).waitFor();
    const card = page.getByRole('article', { name: /Jamie Fox · Office copier/ });
    await expect.poll(() => card.getByTestId('reading-value').innerText(), POLL).toBe('25,000');
    await card.getByText('Higher than expected').waitFor();
    await card.getByText('+13,500 (+900 %)').waitFor();
    await shot(page, 'meter-review');
    await onPhone(page, 'meter-review');
    await card.getByLabel('Note (optional)').fill('Confirmed on the phone: a big print run');
    await card.getByRole('button', { name: /^Approve/ }).click();
    await page.getByText('Reading 25,000 (Black pages, Jamie Fox) approved: it counts for billing.').waitFor(POLL);
    await page.getByText('No reading waits for review.').waitFor();
    await expect.poll(() => nav.getByTestId('meters-badge').count(), POLL).toBe(0);

    // The device's page lists it approved, with the note.
    await page.goto(adminUrl(`/customers/${world.customerId}/devices/${device.assetId}`));
    await page.getByRole('heading', { level: 1, name: 'Office copier' }).waitFor();
    const history = page.getByRole('table', { name: 'Readings of Black pages, latest first' });
    await history.getByText('Confirmed on the phone: a big print run').waitFor();
    await history.getByText('Approved').waitFor();

    // 2. A contract with bands: 2,000 included, up to 5,000 beyond at $8.90 per 1,000, then $6.50.
    await page.goto(adminUrl('/meters/contracts'));
    await page.getByText('No meter contract yet.').waitFor();
    await page.getByRole('link', { name: 'New contract' }).click();
    await page.getByLabel('Find the customer the contract is for').fill('Jamie');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: 'Jamie Fox' }).click();
    await page.getByRole('heading', { level: 1, name: 'New meter contract for Jamie Fox' }).waitFor();
    await page.getByLabel(/^Base charge per period/).fill('45');
    await page.getByLabel('Included volume of Black pages').fill('2000');
    const black = page.getByRole('group', { name: 'Rate of Black pages' });
    await black.getByRole('button', { name: /^Add a band/ }).click();
    await fillBand(page, 'Black pages, band 1', '8.90', '5000');
    await fillBand(page, 'Black pages, band 2', '6.50');
    // 10,000 pages: 8,000 beyond; 5,000 at 8.90 and 3,000 at 6.50 per 1,000 = $64.00.
    await expect
      .poll(() => black.getByTestId('tier-example').innerText(), POLL)
      .toBe('10,000 on Black pages would cost $64.00 beyond the base charge (8,000 beyond the included volume).');
    await page.getByRole('checkbox', { name: 'Bill Colour pages' }).uncheck();
    await page.getByLabel('Toner').fill('2');
    await shot(page, 'meter-contract-form');
    await onPhone(page, 'meter-contract-form');
    await page.getByRole('button', { name: 'Create the contract' }).click();
    await page.getByText(/^Contract MC-\d{4}-\d{4} created\.$/).waitFor(POLL);
    expect(await page.getByTestId('contract-status').innerText()).toBe('Active');
    await page.getByText('Up to 5,000 beyond: $8.90 per 1,000').waitFor();
    await page.getByText('Then: $6.50 per 1,000').waitFor();
    await page.getByText('2 × Toner per period').waitFor();
    await shot(page, 'meter-contract');
    await onPhone(page, 'meter-contract');

    // 3. The catalogue's toner for this model; Jamie orders three cartridges in the portal.
    const { createSupplyItem } = await queryFromPage<{ createSupplyItem: { id: string } }>(page, 'admin', 'mutation($i: SupplyItemInput!) { createSupplyItem(input: $i) { id } }', {
      i: { sku: 'TN-328K', name: 'Toner TN-328K black', category: 'TONER', priceMinor: 8900, taxRateBp: 0, yieldPages: 28000, models: ['Konica C250i'] },
    });
    const portal = await browser.page({ width: MOBILE });
    await signInToPortal(portal, world.slug, world.customerEmail, DEMO_PASSWORD);
    const { placeSupplyOrder } = await queryFromPage<{ placeSupplyOrder: { id: string; number: string } }>(
      portal,
      'portal',
      'mutation($i: SupplyOrderInput!) { placeSupplyOrder(input: $i) { id number } }',
      { i: { assetId: device.assetId, siteId: device.siteId, lines: [{ itemId: createSupplyItem.id, quantity: 3 }] } },
    );

    // The office: the Supplies badge counts the new order; its page says what the contract covers.
    await page.goto(adminUrl('/supplies'));
    await expect.poll(() => nav.getByTestId('supplies-badge').innerText(), POLL).toContain('1');
    await page.getByRole('link', { name: placeSupplyOrder.number }).click();
    await page.getByRole('heading', { level: 1, name: `Supply order ${placeSupplyOrder.number}` }).waitFor();
    const status = page.getByTestId('order-status');
    expect(await status.innerText()).toBe('New');
    await page.getByText(/^Contract MC-\d{4}-\d{4} covers 2 units of this order\.$/).waitFor();
    await shot(page, 'supply-order-new');

    // Approve (asked once more), then ship with the carrier and tracking number.
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByRole('group', { name: 'Approve' }).getByRole('button', { name: 'Approve' }).click();
    await page.getByText(`Order ${placeSupplyOrder.number} approved.`).waitFor(POLL);
    expect(await status.innerText()).toBe('Approved');
    await page.getByRole('button', { name: 'Ship' }).click();
    await page.getByLabel('Carrier').fill('UPS');
    await page.getByLabel('Tracking number').fill('1Z999AA10123456784');
    await page.getByRole('button', { name: 'Mark shipped' }).click();
    await page.getByText(`Order ${placeSupplyOrder.number} shipped.`).waitFor(POLL);
    expect(await status.innerText()).toBe('Shipped');
    expect(await page.getByTestId('tracking-number').innerText()).toBe('1Z999AA10123456784');
    // The billable cartridge was invoiced when it shipped.
    const follow = page.getByRole('region', { name: 'Follow-up' });
    await expect.poll(() => follow.getByRole('link').count(), POLL).toBe(1);
    await expect.poll(() => nav.getByTestId('supplies-badge').count(), POLL).toBe(0);
    await shot(page, 'supply-order-shipped');
    await onPhone(page, 'supply-order-shipped');

    // The lists on a phone too.
    await page.goto(adminUrl('/supplies'));
    await page.getByRole('link', { name: placeSupplyOrder.number }).waitFor();
    await shot(page, 'supply-orders');
    await onPhone(page, 'supply-orders');
    await page.goto(adminUrl('/supplies/catalogue'));
    await page.getByRole('button', { name: 'Edit Toner TN-328K black' }).waitFor();
    await shot(page, 'supply-catalogue');
    await onPhone(page, 'supply-catalogue');
    await page.goto(adminUrl(`/customers/${world.customerId}/devices/${device.assetId}`));
    await page.getByRole('heading', { level: 1, name: 'Office copier' }).waitFor();
    await shot(page, 'device-meters');
    await onPhone(page, 'device-meters');
  }, 180_000);
});
