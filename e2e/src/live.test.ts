// Live updates across two browsers, a customer's and the office's, with nothing reloaded by hand:
// a payment shows on the office's open invoice, a booking on the open dispatch board, and a
// request converted by the office on the customer's open requests page. The data is this file's
// own (a new customer of the demo business), so no other test's steps can interfere.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser.js';
import { dayFromToday } from './clock.js';
import { CUSTOMERS, DEMO_PASSWORD, STAFF, TENANTS } from './demo.js';
import { adminUrl, portalUrl, signInToAdmin, signInToPortal } from './flows.js';
import { saveScreenshot } from './screenshots.js';

const browser = useBrowser();
const slug = TENANTS.northwind.slug;
/** Live means well within two seconds; the wait allows for a slow machine, never a reload. */
const LIVE = { timeout: 2_000 };

interface World {
  email: string;
  name: string;
  invoiceId: string;
  invoiceNumber: string;
  requestId: string;
}

let db: pg.Client;
let world: World;

/** A new customer of Northwind (signing in with the demo password) with an unpaid invoice and a submitted request. */
async function makeWorld(): Promise<World> {
  const id = randomUUID().slice(0, 8);
  const email = `live-${id}@example.com`;
  const name = `Live Tester ${id}`;
  const { rows } = await db.query<{ tenant_id: string; password_hash: string }>(
    `SELECT pa.tenant_id, pa.password_hash FROM portal_accounts pa JOIN tenants t ON t.id = pa.tenant_id WHERE t.slug = $1 AND pa.email = $2`,
    [slug, CUSTOMERS.alex.email],
  );
  const demo = rows.at(0);
  if (!demo) throw new Error('the demo seed has no Alex at Northwind');
  const tenant = demo.tenant_id;
  const customer =
    (
      await db.query<{ id: string }>(`INSERT INTO customers (id, tenant_id, name, email, locale, updated_at) VALUES (gen_random_uuid(), $1, $2, $3, 'en', now()) RETURNING id`, [
        tenant,
        name,
        email,
      ])
    ).rows.at(0)?.id ?? '';
  await db.query(
    `INSERT INTO portal_accounts (id, tenant_id, customer_id, email, status, password_hash, updated_at, is_primary, rights) VALUES (gen_random_uuid(), $1, $2, $3, 'active', $4, now(), true, ARRAY['invoices', 'appointments', 'requests', 'documents_all', 'contacts']::contact_right[])`,
    [tenant, customer, email, demo.password_hash],
  );
  await db.query(
    `INSERT INTO sites (id, tenant_id, customer_id, label, address_line1, city, postal_code, country) VALUES (gen_random_uuid(), $1, $2, 'Home', '12 Live St', 'Evanston', '60201', 'US')`,
    [tenant, customer],
  );
  const number = `LIVE-${id}`;
  const invoice =
    (
      await db.query<{ id: string }>(
        `INSERT INTO invoices (id, tenant_id, customer_id, number, status, currency, issue_date, due_date, subtotal_minor, tax_minor, total_minor, updated_at)
       VALUES (gen_random_uuid(), $1, $2, $3, 'issued', 'USD', current_date, current_date + 30, 12500, 0, 12500, now()) RETURNING id`,
        [tenant, customer, number],
      )
    ).rows.at(0)?.id ?? '';
  await db.query(
    `INSERT INTO invoice_lines (id, tenant_id, invoice_id, position, description, quantity, unit_price_minor, total_minor) VALUES (gen_random_uuid(), $1, $2, 1, 'Leak repair', 1, 12500, 12500)`,
    [tenant, invoice],
  );
  const request =
    (
      await db.query<{ id: string }>(
        `INSERT INTO service_requests (id, tenant_id, customer_id, description, updated_at) VALUES (gen_random_uuid(), $1, $2, 'The garage heater will not light.', now()) RETURNING id`,
        [tenant, customer],
      )
    ).rows.at(0)?.id ?? '';
  return { email, name, invoiceId: invoice, invoiceNumber: number, requestId: request };
}

beforeAll(async () => {
  db = new pg.Client({ connectionString: inject('databaseUrl') });
  await db.connect();
  world = await makeWorld();
});

afterAll(async () => {
  await db.end();
});

/** The page's live connection is up (the quiet dot in the navigation). */
async function liveOn(page: Page): Promise<void> {
  await page.locator('[data-testid="live-status"][data-state="live"]').waitFor();
}

async function customerPage(): Promise<Page> {
  const page = await browser.page();
  await signInToPortal(page, slug, world.email, DEMO_PASSWORD);
  return page;
}

async function officePage(): Promise<Page> {
  const page = await browser.page();
  await signInToAdmin(page, slug, STAFF.dana.email, DEMO_PASSWORD);
  return page;
}

describe('live updates between the portal and the office', () => {
  it("shows the customer's card payment on the office's open invoice page", async () => {
    const office = await officePage();
    await office.goto(adminUrl(`/invoices/${world.invoiceId}`));
    const status = office.locator('.page-head');
    await status.getByText('Unpaid', { exact: true }).waitFor();
    await liveOn(office);

    const customer = await customerPage();
    await customer.goto(portalUrl(`/${slug}/portal/invoices/${world.invoiceId}`));
    const payButton = customer.getByRole('button', { name: /^Pay \$/ });
    const amount = (await payButton.innerText()).replace(/^Pay /, '');
    await payButton.click();
    await customer.getByLabel('Card number').fill('4242 4242 4242 4242');
    await customer.getByLabel('Expiry date').fill('12/34');
    await customer.getByLabel('Security code (CVC)').fill('123');
    await customer.getByLabel('Postal code').fill('60201');
    await customer.getByRole('button', { name: `Pay ${amount}` }).click();
    await customer.getByText(`Thank you! Your payment of ${amount} was received.`).waitFor();

    await status.getByText('Paid', { exact: true }).waitFor(LIVE);
    expect(await office.getByText('Amount due').locator('xpath=following-sibling::*[1]').innerText()).toBe('$0.00');
    await saveScreenshot(office, 'admin-invoice-paid-live');
  });

  it("shows a customer's online booking on the office's open dispatch board", async () => {
    // Two weeks ahead (a week no other test books into): the customer's picker shows the seven
    // days from today + 14; its first open day (whatever weekday today is) is the one booked, and
    // the office's board is opened on that day's week before the booking is made.
    const customer = await customerPage();
    await customer.goto(portalUrl(`/${slug}/portal/book`));
    await customer.getByRole('radio', { name: /Drain cleaning/ }).check();
    await customer.getByRole('button', { name: 'Next week' }).click();
    await customer.getByRole('button', { name: 'Previous week', disabled: false }).waitFor();
    await customer.getByRole('button', { name: 'Next week' }).click();
    const firstDay = customer.locator('.days [role="radio"][data-date]').first();
    // The strip of the week two ahead (not the one before it, still shown while it loads).
    const from = dayFromToday(TENANTS.northwind.timeZone, 14);
    await expect.poll(async () => ((await firstDay.getAttribute('data-date')) ?? '') >= from).toBe(true);
    const day = (await firstDay.getAttribute('data-date')) ?? '';

    const office = await officePage();
    await office.goto(adminUrl(`/dispatch?week=${day}`));
    await office.getByRole('heading', { level: 1 }).waitFor();
    await liveOn(office);
    const mine = office.getByRole('group').filter({ hasText: world.name });
    expect(await mine.count()).toBe(0);

    await firstDay.click();
    await customer.locator('.times input[type="radio"]').first().waitFor();
    await customer.locator('.times input[type="radio"]').last().check();
    await customer.getByLabel('What do you need?').fill('Basement floor drain backs up (live test).');
    await customer.getByRole('button', { name: 'Confirm booking' }).click();
    await customer.getByRole('heading', { name: 'Your appointment is booked' }).waitFor();

    await mine.first().waitFor(LIVE);
    await saveScreenshot(office, 'admin-dispatch-live-booking');
  });

  it("changes the customer's open requests page when the office converts the request", async () => {
    const customer = await customerPage();
    await customer.goto(portalUrl(`/${slug}/portal/requests`));
    const card = customer.locator('li, article').filter({ hasText: 'The garage heater will not light.' }).first();
    await card.getByText('Submitted', { exact: true }).waitFor();
    await liveOn(customer);

    const office = await officePage();
    await office.goto(adminUrl(`/requests/${world.requestId}`));
    await office.getByLabel('Job title').fill('Garage heater pilot');
    await office.getByLabel('Day').fill(dayFromToday(TENANTS.northwind.timeZone, 15));
    await office.getByLabel('Start time').fill('13:00');
    await office.getByRole('button', { name: 'Create the job' }).click();
    await office.getByText('The job was created.').waitFor();

    // A converted request reads "Scheduled" in the portal.
    await card.getByText('Scheduled', { exact: true }).waitFor(LIVE);
    await saveScreenshot(customer, 'portal-request-converted-live');
  });
});
