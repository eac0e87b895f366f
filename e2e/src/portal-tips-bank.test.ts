// Paying with a tip and by bank debit (ACH) in the sandbox: a Northwind customer's (Lakeview Dental) invoice for a
// completed job (the demo business offers tips) is paid from a phone with the 15 % preset by bank
// account; the debit stays "processing" (the worker settles it later), so the invoice shows
// "Payment processing" and offers no second payment meanwhile.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MOBILE, useBrowser } from './browser.js';
import { DEMO_PASSWORD } from './demo.js';
import { portalUrl, signInToPortal } from './flows.js';
import { saveScreenshot } from './screenshots.js';

const browser = useBrowser();
let db: pg.Client;

beforeAll(async () => {
  db = new pg.Client({ connectionString: inject('databaseUrl') });
  await db.connect();
});

afterAll(async () => {
  await db.end();
});

/** An issued, unpaid invoice of this file's own: a completed job of the customer's, billed. */
async function invoiceForCompletedJob(email: string): Promise<{ slug: string; invoiceId: string }> {
  const found = await db.query<{ slug: string; tenant_id: string; customer_id: string; job_id: string }>(
    `SELECT t.slug, t.id AS tenant_id, c.id AS customer_id, j.id AS job_id
       FROM customers c JOIN tenants t ON t.id = c.tenant_id
       JOIN jobs j ON j.tenant_id = c.tenant_id AND j.customer_id = c.id AND j.status = 'completed'
      WHERE t.slug = 'northwind-hvac' AND c.email = $1
      ORDER BY j.scheduled_start DESC LIMIT 1`,
    [email],
  );
  const row = found.rows.at(0);
  if (!row) throw new Error(`the demo has no completed job for ${email}`);
  const invoice = await db.query<{ id: string }>(
    `INSERT INTO invoices (id, tenant_id, customer_id, job_id, number, status, currency, issue_date, due_date, subtotal_minor, tax_minor, total_minor, updated_at)
     VALUES (gen_random_uuid(), $1, $2, $3, 'E2E-TIP-' || floor(random() * 1e9)::text, 'issued', 'USD', current_date, current_date + 14, 20000, 0, 20000, now())
     RETURNING id`,
    [row.tenant_id, row.customer_id, row.job_id],
  );
  const invoiceId = invoice.rows[0].id;
  await db.query(
    `INSERT INTO invoice_lines (id, tenant_id, invoice_id, position, description, quantity, unit_price_minor, tax_rate_bp, total_minor)
     VALUES (gen_random_uuid(), $1, $2, 0, 'Drain line flush', 1, 20000, 0, 20000)`,
    [row.tenant_id, invoiceId],
  );
  return { slug: row.slug, invoiceId };
}

describe('tips and bank debits in the portal', () => {
  it('pays a completed job’s invoice with a 15 % tip by bank account, then shows the payment processing', async () => {
    const email = 'frontdesk.lakeviewdental@example.com';
    const { slug, invoiceId } = await invoiceForCompletedJob(email);
    const page = await browser.page({ width: MOBILE });
    await page.emulateMedia({ colorScheme: 'light' });
    await signInToPortal(page, slug, email, DEMO_PASSWORD);
    await page.goto(portalUrl(`/${slug}/portal/invoices/${invoiceId}`));
    // The presets are the business's (10, 15, 20 %) of the invoice; 15 % of $200.00 is $30.00.
    const tips = page.getByRole('group', { name: /Add a tip/ });
    await tips.getByRole('radio', { name: /15\s?%/ }).check();
    await page.getByRole('button', { name: /^Pay \$230\.00/ }).click();
    await page.getByRole('radio', { name: 'Bank account (ACH)' }).check();
    await page.getByLabel('Account holder name').fill('Lakeview Dental');
    await page.getByLabel('Routing number').fill('110000000');
    await page.getByLabel('Account number').fill('000444444440');
    await page.getByLabel(/I authorize this debit/).check();
    await saveScreenshot(page, 'portal-pay-tip-bank');
    await page.getByRole('button', { name: /^Pay \$230\.00/ }).click();

    await page.getByText('Payment processing').first().waitFor();
    expect(await page.getByRole('button', { name: /^Pay \$/ }).count()).toBe(0);
    await saveScreenshot(page, 'portal-invoice-processing');
    const recorded = await db.query<{ tip_minor: number; status: string }>(`SELECT tip_minor, status::text FROM payments WHERE invoice_id = $1`, [invoiceId]);
    expect(recorded.rows).toEqual([{ tip_minor: 3000, status: 'processing' }]);
  });
});
