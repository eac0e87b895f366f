// An office-equipment dealer's customer on a phone (issue 21): submits the copier's meter readings
// with a photo of the counter and sees at once what they mean (volume, allowance, projected overage,
// estimated charge); a number below the last reading is refused next to its field. Then orders toner
// for the copier (toner for another model is not offered), reviews what the contract covers, places
// the order, and watches its page follow the office live: approved, shipped with a tracking number,
// delivered. The business, its customer, copier, contract and catalogue are this file's own
// (dealer-world.ts); the office's moves go through the admin API as its pages would send them.
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, MOBILE, useBrowser } from './browser.js';
import { DEMO_PASSWORD } from './demo.js';
import { makeDealer, type DealerWorld } from './dealer-world.js';
import { portalUrl, queryFromPage, signInToAdmin, signInToPortal } from './flows.js';
import { roomPicture, SCENES } from './pictures.js';
import { saveScreenshot } from './screenshots.js';

const browser = useBrowser();
/** Where the screenshots are copied for people to look at (besides e2e/artifacts). */
const SHOTS = process.env.DEALER_SHOTS_DIR ?? null;

let db: pg.Client;
let world: DealerWorld;
let office: Page;

beforeAll(async () => {
  db = new pg.Client({ connectionString: inject('databaseUrl') });
  await db.connect();
  world = await makeDealer(db);
  office = await browser.page({ width: DESKTOP, keepForFile: true });
  await signInToAdmin(office, world.slug, world.staffEmail, DEMO_PASSWORD);
});

afterAll(async () => {
  await db.end();
});

async function shot(page: Page, name: string): Promise<void> {
  const file = await saveScreenshot(page, name);
  if (SHOTS) {
    await mkdir(SHOTS, { recursive: true });
    await copyFile(file, path.join(SHOTS, path.basename(file)));
  }
}

const portal = (page: Page, p: string) => page.goto(portalUrl(`/${world.slug}/portal${p}`));

/** The phone's menu, then a section. */
async function openSection(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: /^Menu/ }).click();
  await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name, exact: true }).click();
}

describe('a dealer’s customer on a phone', () => {
  it('submits the copier’s readings with a photo and sees the projected overage before any invoice', { timeout: 120_000 }, async () => {
    const customer = await browser.page({ width: MOBILE, height: 844 });
    await signInToPortal(customer, world.slug, world.customerEmail, DEMO_PASSWORD);
    // The dashboard says a reading is due (the billing day is two days off) and leads to the copier.
    const readingsCard = customer.getByRole('region', { name: 'Meter readings' });
    if (world.readingDue) await readingsCard.getByText('Reading due for 1 device.').waitFor();
    await customer.getByRole('region', { name: 'Supplies' }).waitFor();
    await shot(customer, 'dealer-dashboard');

    // Both sections are in the menu; the meters page lists the copier with its last readings.
    await openSection(customer, 'Meter readings');
    await customer.getByRole('heading', { level: 1, name: 'Meter readings' }).waitFor();
    await customer.getByText('124,500').waitFor();
    // Its billing day is two days off: the reading is due.
    if (world.readingDue)
      await customer
        .getByText(/^Reading due by /)
        .first()
        .waitFor();
    await shot(customer, 'dealer-meters');
    await customer.getByRole('link', { name: new RegExp(`^Enter readings:? ?${world.copier.name}$`) }).click();
    await customer.getByRole('heading', { level: 1, name: world.copier.name }).waitFor();

    // One numeric field per meter, labelled with the meter, the last reading as its hint.
    const black = customer.getByLabel('Black pages', { exact: true });
    const colour = customer.getByLabel('Colour pages', { exact: true });
    expect(await black.getAttribute('inputmode')).toBe('numeric');
    await customer.getByText('Last reading: 124,500').waitFor();

    // Typing says at once what the numbers mean: 6,500 black pages in a fortnight is beyond the
    // 5,000 included, and at this pace the period ends well beyond it.
    await black.fill('131,000');
    await colour.fill('43000');
    const usage = customer.getByRole('region', { name: 'What it means for your bill' });
    await usage.getByText('With the numbers you typed').waitFor();
    const blackUsage = usage.getByTestId('usage-meter').filter({ hasText: 'Black pages' });
    await expect.poll(async () => blackUsage.getByTestId('projected-overage').innerText(), { timeout: 10_000 }).not.toMatch(/none$/);
    const charge = await usage.getByTestId('usage-charge').innerText();
    expect(Number(charge.replace(/[^0-9.]/g, ''))).toBeGreaterThan(89);

    // A photo of the counter, from the camera: previewed, uploaded with its progress.
    const photo = customer.locator('#reading-photo');
    expect(await photo.getAttribute('capture')).toBe('environment');
    await photo.setInputFiles({ name: 'counter.png', mimeType: 'image/png', buffer: roomPicture(SCENES.during, 480, 360) });
    await customer.getByText('Photo ready').waitFor();
    await shot(customer, 'dealer-reading-typed');

    await customer.getByRole('button', { name: 'Submit readings' }).click();
    await customer.getByText('Thank you: your readings are recorded.').waitFor();
    // The history shows the reading with its photo; the panel now reads what is recorded.
    await customer.getByRole('table', { name: 'Black pages' }).getByRole('cell', { name: '131,000' }).waitFor();
    await customer
      .getByRole('table', { name: 'Black pages' })
      .getByRole('link', { name: /^Photo/ })
      .waitFor();
    await usage.getByText('From the readings we have').waitFor();
    await shot(customer, 'dealer-reading-submitted');

    // "Question this" starts a message to the business naming the device and the figures.
    const question = await usage.getByRole('link', { name: 'Question this' }).getAttribute('href');
    expect(decodeURIComponent(question ?? '')).toContain(world.copier.name);

    // A number below the last reading is refused next to its field, in words.
    await colour.fill('40000');
    await customer.getByRole('button', { name: 'Submit readings' }).click();
    await expect.poll(() => colour.getAttribute('aria-invalid')).toBe('true');
    const said = await customer.locator(`#reading-${world.meters.colour.id}-error`).innerText();
    expect(said.length).toBeGreaterThan(5);
    expect(said).not.toMatch(/READING_BELOW_PREVIOUS/);

    // The same page on a computer.
    const desk = await browser.page({ width: DESKTOP });
    await signInToPortal(desk, world.slug, world.customerEmail, DEMO_PASSWORD);
    await portal(desk, `/meters/${world.copier.id}`);
    await desk.getByLabel('Black pages', { exact: true }).fill('131,400');
    await desk.getByRole('region', { name: 'What it means for your bill' }).getByText('With the numbers you typed').waitFor();
    await shot(desk, 'dealer-reading-typed');
  });

  it('orders toner that fits the copier and follows the order to Delivered live', { timeout: 120_000 }, async () => {
    const customer = await browser.page({ width: MOBILE, height: 844 });
    await signInToPortal(customer, world.slug, world.customerEmail, DEMO_PASSWORD);
    await openSection(customer, 'Supplies');
    await customer.getByRole('heading', { level: 1, name: 'Supplies' }).waitFor();
    await customer.getByText('No orders yet.', { exact: false }).waitFor();
    await customer.getByRole('link', { name: 'Order supplies' }).click();

    // The only device is chosen; only what fits it is offered.
    await customer.getByRole('heading', { name: `Supplies for ${world.copier.name}` }).waitFor();
    await customer.getByRole('button', { name: `Add ${world.toner.fits}` }).waitFor();
    await customer.getByRole('button', { name: `Add ${world.toner.fitsToo}` }).waitFor();
    expect(await customer.getByText(world.toner.other).count()).toBe(0);

    await customer.getByRole('button', { name: `Add ${world.toner.fits}` }).click();
    await customer.getByRole('button', { name: `Add ${world.toner.fitsToo}` }).click();
    const cyan = customer.getByLabel(`Quantity of ${world.toner.fitsToo}`);
    await cyan.fill('2');
    await cyan.blur();
    // Delivered to the office's site (its only address, chosen first).
    expect(await customer.getByRole('radio', { name: new RegExp(world.site.label) }).isChecked()).toBe(true);
    await customer.getByLabel('Notes for the delivery (optional)').fill('Reception closes at 5 pm.');
    await shot(customer, 'dealer-order-cart');
    await customer.getByRole('button', { name: 'Review the order' }).click();

    // The contract covers two toner cartridges a period: the black one and one cyan; one cyan bills.
    await customer.getByRole('heading', { name: 'Review and confirm' }).waitFor();
    await customer.getByText('1 covered by your contract').first().waitFor();
    expect(await customer.getByTestId('order-total').innerText()).toBe('$145.00');
    await shot(customer, 'dealer-order-review');
    await customer.getByRole('button', { name: 'Place the order' }).click();

    await customer.getByText(/Order placed\./).waitFor();
    await customer.getByRole('heading', { level: 1, name: /^Order / }).waitFor();
    const orderId = /\/supplies\/orders\/([0-9a-f-]+)/.exec(customer.url())?.[1] ?? '';
    const status = customer.getByTestId('order-status');
    await status.getByText('Submitted').waitFor();
    await customer.getByRole('button', { name: 'Cancel the order' }).waitFor();

    // The office approves, ships and delivers; the customer's page follows each step by itself.
    const admin = <T>(query: string, variables: Record<string, unknown>) => queryFromPage<T>(office, 'admin', query, variables);
    await admin(`mutation($id: ID!) { approveSupplyOrder(id: $id) { id status } }`, { id: orderId });
    await status.getByText('Approved').waitFor();
    // Approved: the customer can no longer cancel it.
    await customer.getByRole('button', { name: 'Cancel the order' }).waitFor({ state: 'detached' });
    await admin(`mutation($id: ID!) { shipSupplyOrder(id: $id, carrier: "UPS", trackingNumber: "1Z999AA10123456784") { id status } }`, { id: orderId });
    await status.getByText('On its way').waitFor();
    await customer.getByText('UPS, tracking number 1Z999AA10123456784').waitFor();
    await shot(customer, 'dealer-order-shipped');
    await admin(`mutation($id: ID!) { deliverSupplyOrder(id: $id) { id status } }`, { id: orderId });
    await status.getByText('Delivered').waitFor();
    const timeline = customer.getByTestId('order-timeline');
    expect(await timeline.locator('[aria-current="step"]').innerText()).toContain('Delivered');
    await shot(customer, 'dealer-order-delivered');

    // The dashboard and the list on a computer.
    const desk = await browser.page({ width: DESKTOP });
    await signInToPortal(desk, world.slug, world.customerEmail, DEMO_PASSWORD);
    await desk.getByRole('region', { name: 'Supplies' }).waitFor();
    await desk.getByRole('region', { name: 'Meter readings' }).waitFor();
    await shot(desk, 'dealer-dashboard');
    await portal(desk, `/supplies/orders/${orderId}`);
    await desk.getByTestId('order-status').getByText('Delivered').waitFor();
    await shot(desk, 'dealer-order-delivered');
    await portal(desk, '/supplies/new');
    await desk.getByRole('button', { name: `Add ${world.toner.fits}` }).waitFor();
    await shot(desk, 'dealer-order-new');
  });
});
