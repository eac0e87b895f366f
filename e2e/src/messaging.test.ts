// Messaging between a customer and the office, in two browsers and nothing reloaded by hand: the
// customer writes about an appointment with a photo, the office reads it in the team inbox (the
// customer's open page flips to "Seen by …") and replies, and the reply shows on the customer's open
// page, whose reading flips the office's receipt. The data is this file's own (a new customer of
// the demo business), so no other test's steps can interfere.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser.js';
import { CUSTOMERS, DEMO_PASSWORD, STAFF, TENANTS } from './demo.js';
import { adminUrl, portalUrl, signInToAdmin, signInToPortal } from './flows.js';
import { saveScreenshot } from './screenshots.js';

const browser = useBrowser();
const slug = TENANTS.northwind.slug;
/** Live means well within two seconds; the wait allows for a slow machine, never a reload. */
const LIVE = { timeout: 2_000 };
/** A 1×1 PNG: the photo the customer attaches. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

let db: pg.Client;
let world: { email: string; name: string; jobId: string; jobTitle: string };

/** A new customer of Northwind (signing in with the demo password) with an appointment next week. */
async function makeWorld(): Promise<typeof world> {
  const id = randomUUID().slice(0, 8);
  const email = `messages-${id}@example.com`;
  const name = `Message Tester ${id}`;
  const { rows } = await db.query<{ tenant_id: string; password_hash: string; service_type_id: string }>(
    `SELECT pa.tenant_id, pa.password_hash, (SELECT st.id FROM service_types st WHERE st.tenant_id = pa.tenant_id LIMIT 1) AS service_type_id
       FROM portal_accounts pa JOIN tenants t ON t.id = pa.tenant_id WHERE t.slug = $1 AND pa.email = $2`,
    [slug, CUSTOMERS.alex.email],
  );
  const demo = rows.at(0);
  if (!demo) throw new Error('the demo seed has no Alex at Northwind');
  const tenant = demo.tenant_id;
  const one = async (sql: string, params: unknown[]) => (await db.query<{ id: string }>(sql, params)).rows.at(0)?.id ?? '';
  const customer = await one(`INSERT INTO customers (id, tenant_id, name, email, locale, updated_at) VALUES (gen_random_uuid(), $1, $2, $3, 'en', now()) RETURNING id`, [
    tenant,
    name,
    email,
  ]);
  await db.query(
    `INSERT INTO portal_accounts (id, tenant_id, customer_id, email, status, password_hash, updated_at, is_primary, rights) VALUES (gen_random_uuid(), $1, $2, $3, 'active', $4, now(), true, ARRAY['invoices', 'appointments', 'requests', 'documents_all', 'contacts']::contact_right[])`,
    [tenant, customer, email, demo.password_hash],
  );
  const site = await one(
    `INSERT INTO sites (id, tenant_id, customer_id, label, address_line1, city, postal_code, country) VALUES (gen_random_uuid(), $1, $2, 'Home', '12 Message St', 'Evanston', '60201', 'US') RETURNING id`,
    [tenant, customer],
  );
  const jobTitle = `Water heater check ${id}`;
  const jobId = await one(
    `INSERT INTO jobs (id, tenant_id, customer_id, site_id, service_type_id, title, scheduled_start, scheduled_end, updated_at)
     VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, now() + interval '7 days', now() + interval '7 days 1 hour', now()) RETURNING id`,
    [tenant, customer, site, demo.service_type_id, jobTitle],
  );
  return { email, name, jobId, jobTitle };
}

beforeAll(async () => {
  db = new pg.Client({ connectionString: inject('databaseUrl') });
  await db.connect();
  world = await makeWorld();
});

afterAll(async () => {
  await db.end();
});

async function liveOn(page: Page): Promise<void> {
  await page.locator('[data-testid="live-status"][data-state="live"]').waitFor();
}

describe('messaging between the portal and the office', () => {
  it('carries a question with a photo to the team inbox and the reply back, live, with read receipts on both sides', async () => {
    const customer = await browser.page({ width: 390, height: 844 });
    await signInToPortal(customer, slug, world.email, DEMO_PASSWORD);
    await customer.goto(portalUrl(`/${slug}/portal/jobs/${world.jobId}`));
    await customer.getByRole('link', { name: 'Message us about this appointment' }).click();
    await customer.getByLabel('Your message').fill('Could the technician also look at the noisy pipe in the basement?');
    await customer.getByLabel('Attach photos or PDFs').setInputFiles({ name: 'pipe.png', mimeType: 'image/png', buffer: PNG });
    await customer.getByText('Ready to send').waitFor();
    await customer.getByRole('button', { name: 'Send' }).click();
    await customer.waitForURL(/\/portal\/messages\/[0-9a-f-]{36}$/);
    const receipt = customer.getByTestId('read-receipt');
    await expect.poll(() => receipt.innerText()).toBe('Sent');
    await customer
      .getByRole('link', { name: /pipe\.png/ })
      .first()
      .waitFor();
    await liveOn(customer);

    const office = await browser.page({ width: 1280, height: 900 });
    await signInToAdmin(office, slug, STAFF.dana.email, DEMO_PASSWORD);
    await office.goto(adminUrl('/messages'));
    const row = office.getByTestId('thread-row').filter({ hasText: world.name });
    await row.getByRole('link').click();
    await office.getByText('Could the technician also look at the noisy pipe in the basement?', { exact: true }).waitFor();
    // The office opened it: the customer's open page says so without a reload.
    await receipt.getByText(/^Seen by Northwind/).waitFor(LIVE);
    await saveScreenshot(customer, 'portal-thread-seen-390');

    await liveOn(office);
    await office.getByLabel(`Your reply to ${world.name}`).fill('Yes, Sam will bring the right tools for the pipe too.');
    await office.getByRole('button', { name: 'Send reply' }).click();
    // The reply reaches the customer's open page live; the page reads it, and the office sees that.
    await customer.getByText('Yes, Sam will bring the right tools for the pipe too.', { exact: true }).waitFor(LIVE);
    await office
      .getByTestId('read-receipt')
      .getByText(/^Seen by/)
      .waitFor(LIVE);
    await saveScreenshot(office, 'admin-thread-1280');
    await saveScreenshot(customer, 'portal-thread-reply-390');
  });
});
