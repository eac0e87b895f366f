// Privacy (issue 22) on a phone: a customer of a business of their own accepts its privacy notice
// on the dashboard, asks for an export of their account on the Privacy page, the API's worker
// builds it and emails a link, and following the link they download the ZIP, which holds their
// invoices.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, MOBILE, useBrowser } from './browser.js';
import { makeBusiness } from './business-world.js';
import { DEMO_PASSWORD } from './demo.js';
import { adminUrl, signInToAdmin, signInToPortal } from './flows.js';
import { latestEmailLink, outboxNow } from './outbox.js';
import { saveScreenshot } from './screenshots.js';

const browser = useBrowser();
const key = randomUUID().slice(0, 8);
const slug = `privacy-${key}`;
const customerEmail = `robin-${key}@example.com`;
const invoiceNumber = `INV-P-${key}`;
const ownerEmail = `owner-${key}@example.net`;
let db: pg.Client;
let customerId = '';

beforeAll(async () => {
  db = new pg.Client({ connectionString: inject('databaseUrl') });
  await db.connect();
  const business = await makeBusiness(db, {
    slug,
    name: `Harbor Heating ${key}`,
    timeZone: 'America/Chicago',
    primaryColor: '#1d4ed8',
    changes:
      "privacy_notice = 'Harbor Heating keeps your contact details, addresses and invoices to serve and bill you.\n\nWe never sell your data.', privacy_notice_version = 1, export_link_days = 7",
    owner: { name: 'Pat Owner', email: ownerEmail },
    customer: { name: 'Robin Vega', email: customerEmail },
  });
  const { tenantId } = business;
  customerId = business.customerId;
  await db.query('UPDATE portal_accounts SET is_primary = true, name = $3 WHERE tenant_id = $1 AND customer_id = $2', [tenantId, customerId, 'Robin Vega']);
  await db.query(
    `INSERT INTO invoices (id, tenant_id, customer_id, number, status, currency, issue_date, due_date, subtotal_minor, total_minor, paid_minor, updated_at)
     VALUES (gen_random_uuid(), $1, $2, $3, 'paid', 'USD', current_date - 10, current_date, 12900, 12900, 12900, now())`,
    [tenantId, customerId, invoiceNumber],
  );
});

afterAll(async () => {
  await db.end();
});

describe('privacy', () => {
  it('accepts the notice, asks for an export, follows the emailed link and downloads a ZIP with the invoices', async () => {
    const page = await browser.page({ width: MOBILE });
    await signInToPortal(page, slug, customerEmail, DEMO_PASSWORD);

    // The dashboard asks to accept the notice, without standing in the way.
    const banner = page.getByRole('region', { name: 'Our privacy notice' });
    await banner.waitFor();
    await saveScreenshot(page, 'privacy-banner');
    await banner.getByRole('button', { name: 'I accept' }).click();
    await page.getByText('Thank you: your acceptance is recorded.').waitFor();

    await page.goto(page.url().replace(/\/portal\/?$/, '/portal/privacy'));
    await page.getByRole('heading', { level: 1, name: 'Privacy' }).waitFor();
    await page.getByText(/You accepted version 1 on/).waitFor();
    const since = await outboxNow();
    await page.getByRole('button', { name: 'Export the whole account' }).click();
    await page.getByText('Your export is being prepared. We will email you when it is ready.').waitFor();

    // The worker builds it and emails the Privacy page's address.
    const link = await latestEmailLink(customerEmail, /https?:\/\/\S+\/portal\/privacy/, since);
    await page.goto(link);
    const download = page.getByRole('link', { name: /^Download the ZIP/ });
    await download.waitFor();
    await saveScreenshot(page, 'privacy-page');
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    expect(file.suggestedFilename()).toMatch(/^data-export-\d{4}-\d{2}-\d{2}\.zip$/);
    const path = await file.path();
    const entries = unzipSync(new Uint8Array(await readFile(path)));
    expect(Object.keys(entries)).toContain('invoices.json');
    const invoices = JSON.parse(strFromU8(entries['invoices.json'])) as { number: string }[];
    expect(invoices.map((invoice) => invoice.number)).toEqual([invoiceNumber]);
    expect(strFromU8(entries['README.txt'])).toContain('Harbor Heating');
  });

  it('asks to delete the account; the owner sees the request and confirms it, and the customer is erased', async () => {
    const page = await browser.page({ width: MOBILE });
    await signInToPortal(page, slug, customerEmail, DEMO_PASSWORD);
    await page.goto(page.url().replace(/\/portal\/?$/, '/portal/privacy'));
    await page.getByRole('button', { name: 'Ask to delete my account' }).click();
    await page.getByRole('button', { name: 'Yes, delete my account' }).click();
    await page.getByText('Your request is recorded.').waitFor();
    await saveScreenshot(page, 'privacy-erasure-asked');

    const office = await browser.page({ width: DESKTOP });
    await signInToAdmin(office, slug, ownerEmail, DEMO_PASSWORD);
    await office.goto(adminUrl('/privacy'));
    await office.getByRole('heading', { level: 1, name: 'Privacy requests' }).waitFor();
    await office.getByRole('link', { name: 'Robin Vega' }).waitFor();
    await saveScreenshot(office, 'admin-privacy-requests');
    await office.getByRole('button', { name: 'Confirm erasure' }).click();
    await office.getByRole('button', { name: 'Yes, erase' }).click();
    await office.getByText('The customer was erased.').waitFor();
    await office.getByRole('link', { name: 'Erased customer' }).waitFor();

    const { rows } = await db.query<{ email: string; erased: boolean; contacts: number }>(
      'SELECT c.email, c.erased_at IS NOT NULL AS erased, (SELECT count(*)::int FROM portal_accounts pa WHERE pa.customer_id = c.id) AS contacts FROM customers c WHERE c.id = $1',
      [customerId],
    );
    expect(rows[0]).toMatchObject({ erased: true, contacts: 0 });
    expect(rows[0]?.email).toMatch(/^erased-[0-9a-f]{12}@invalid$/);
    await office.goto(adminUrl(`/customers/${customerId}`));
    await office.getByRole('heading', { level: 2, name: 'Privacy' }).waitFor();
    await saveScreenshot(office, 'admin-customer-privacy');
  });
});
