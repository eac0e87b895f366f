// A customer approves a quote on a phone: opens it, switches from "Repair" to "Replace" (the total
// changes), adds an extra, approves and signs it (consent, the code emailed to them, a typed
// signature), pays the deposit in the sandbox and sees the job the quote became. The business, its customer and the quote are this file's own
// (projects-world.ts's contractor; the quote made through the admin API as the office would).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MOBILE, useBrowser } from './browser.js';
import { DEMO_PASSWORD } from './demo.js';
import { portalUrl, queryFromPage, signInToAdmin, signInToPortal } from './flows.js';
import { latestEmailLink, outboxNow } from './outbox.js';
import { makeContractor, type ContractorWorld } from './projects-world.js';
import { saveScreenshot } from './screenshots.js';

const browser = useBrowser();

let db: pg.Client;
let world: ContractorWorld;
let office: Page;

beforeAll(async () => {
  db = new pg.Client({ connectionString: inject('databaseUrl') });
  await db.connect();
  world = await makeContractor(db);
  // This business makes an approved quote a job (not a project): the job needs a service of the
  // business and the customer's address, written in SQL like the world's other rows.
  const tenant = await db.query<{ id: string }>(`UPDATE tenants SET quote_conversion = 'JOB' WHERE slug = $1 RETURNING id`, [world.slug]);
  const tenantId = tenant.rows[0]?.id;
  await db.query(`INSERT INTO service_types (id, tenant_id, name, duration_minutes, price_minor) VALUES (gen_random_uuid(), $1, 'Water heater service', 120, 0)`, [tenantId]);
  await db.query(
    `INSERT INTO sites (id, tenant_id, customer_id, label, address_line1, city, postal_code, region, country)
     VALUES (gen_random_uuid(), $1, $2, 'Home', '1420 Pine Street', 'Boulder', '80302', 'CO', 'US')`,
    [tenantId, world.customerId],
  );
  office = await browser.page({ width: 1280, keepForFile: true });
  await signInToAdmin(office, world.slug, world.staffEmail, DEMO_PASSWORD);
});

afterAll(async () => {
  await db.end();
});

interface SentQuote {
  id: string;
  number: string;
}

/** A water-heater quote with two options, an add-on and a 25 % deposit, sent to the customer. */
async function sendWaterHeaterQuote(): Promise<SentQuote> {
  const admin = <T>(query: string, variables: Record<string, unknown>) => queryFromPage<T>(office, 'admin', query, variables);
  const { createQuote } = await admin<{ createQuote: SentQuote }>(`mutation($input: CreateQuoteInput!) { createQuote(input: $input) { id number } }`, {
    input: {
      customerId: world.customerId,
      title: 'Water heater: repair or replace',
      intro: 'Your 12-year-old tank leaks at the drain valve and the lower element has failed.',
      terms: 'Work guaranteed for one year. The deposit is credited on the final invoice.',
      depositRule: { kind: 'PERCENT', value: 2500 },
      commonItems: [{ description: 'Diagnostic visit', quantity: 1, unitPriceMinor: 89_00, taxRateBp: 0 }],
      options: [
        {
          name: 'Repair',
          description: 'New element, thermostat and drain valve.',
          items: [{ description: 'Element, thermostat and valve, installed', quantity: 1, unitPriceMinor: 340_00, taxRateBp: 800 }],
        },
        {
          name: 'Replace',
          description: 'A 50-gallon heat-pump water heater.',
          items: [{ description: '50-gallon heat-pump water heater, installed', quantity: 1, unitPriceMinor: 2_650_00, taxRateBp: 800 }],
        },
      ],
      optionalItems: [{ description: 'Expansion tank', quantity: 1, unitPriceMinor: 145_00, taxRateBp: 800 }],
    },
  });
  await admin(`mutation($id: ID!) { sendQuote(id: $id) { id } }`, { id: createQuote.id });
  return createQuote;
}

const total = (page: Page) => page.getByTestId('quote-total');

describe('a customer approves a quote on a phone', () => {
  it('switches option, signs with the emailed code, pays the deposit and sees the job', { timeout: 120_000 }, async () => {
    await sendWaterHeaterQuote();
    const customer = await browser.page({ width: MOBILE, height: 844 });
    await signInToPortal(customer, world.slug, world.customerEmail, DEMO_PASSWORD);

    // The dashboard says a quote waits; it leads to the quote.
    const card = customer.getByRole('region', { name: 'Quotes to review' });
    await card.getByRole('link', { name: 'Water heater: repair or replace' }).click();
    await customer.getByRole('heading', { level: 1, name: 'Water heater: repair or replace' }).waitFor();
    await customer.getByText('Awaiting your approval', { exact: true }).waitFor();

    // Repair is chosen first: $89 + $340 + 8 % tax on $340 = $456.20.
    const options = customer.getByRole('group', { name: 'Choose an option' });
    expect(await options.getByRole('radio', { name: /Repair/ }).isChecked()).toBe(true);
    await total(customer).filter({ hasText: '$456.20' }).waitFor();
    await saveScreenshot(customer, 'portal-quote');

    // Replace: $89 + $2,650 + $212 tax = $2,951.00; with the expansion tank ($145 + $11.60): $3,107.60.
    await options.getByRole('radio', { name: /Replace/ }).check();
    await total(customer).filter({ hasText: '$2,951.00' }).waitFor();
    await customer.getByRole('checkbox', { name: /Expansion tank/ }).check();
    await total(customer).filter({ hasText: '$3,107.60' }).waitFor();
    // 25 % of it is due on approval.
    await customer.getByTestId('quote-deposit').filter({ hasText: '$776.90' }).waitFor();
    await saveScreenshot(customer, 'portal-quote-replace');

    // Approve and sign: the exact PDF, the consent, the emailed code, a typed signature.
    await customer.getByRole('button', { name: 'Approve and sign' }).click();
    await Promise.race([
      customer.getByRole('heading', { level: 1, name: /^Sign: / }).waitFor(),
      customer
        .getByRole('alert')
        .first()
        .waitFor()
        .then(async () => {
          throw new Error(`approving failed: ${await customer.getByRole('alert').first().innerText()}`);
        }),
    ]);
    // Asking for a code without the consent says what is missing, next to the checkbox.
    await customer.getByRole('button', { name: 'Email me a code' }).click();
    await customer.getByText('Tick the box to agree to sign electronically.').waitFor();
    await customer.getByRole('checkbox', { name: /agree to sign electronically/ }).check();
    const since = await outboxNow();
    await customer.getByRole('button', { name: 'Email me a code' }).click();
    await customer.getByText(/We emailed a code to/).waitFor();
    const code = await latestEmailLink(world.customerEmail, /\b\d{6}\b/, since);

    // A wrong code is refused next to the field, and nothing is signed.
    const wrong = code === '000000' ? '111111' : '000000';
    await customer.getByLabel('6-digit code').fill(wrong);
    await customer.getByRole('button', { name: 'Sign', exact: true }).click();
    await customer.locator('#sign-code-error').waitFor();
    expect(await customer.getByLabel('6-digit code').getAttribute('aria-invalid')).toBe('true');

    await customer.getByLabel('6-digit code').fill(code);
    expect(await customer.getByLabel('Your full name').inputValue()).toBe('Jamie Fox');
    await saveScreenshot(customer, 'portal-sign');
    await customer.getByRole('button', { name: 'Sign', exact: true }).click();

    // Back on the quote: approved, the deposit to pay (the invoice payment form, in the sandbox).
    await customer.getByRole('heading', { name: 'Thank you: you approved this quote' }).waitFor();
    await customer.getByRole('heading', { name: 'Pay the deposit' }).waitFor();
    await customer.getByRole('button', { name: 'Pay $776.90' }).click();
    await customer.getByLabel('Card number').fill('4242 4242 4242 4242');
    await customer.getByLabel('Expiry date').fill('12/34');
    await customer.getByLabel('Security code (CVC)').fill('123');
    await customer.getByRole('button', { name: 'Pay $776.90' }).click();

    // The deposit paid, the quote became a job.
    await customer.getByRole('heading', { name: 'Your job has been created' }).waitFor();
    await saveScreenshot(customer, 'portal-quote-job-created');
    const signedLink = customer.getByRole('link', { name: 'Download the signed PDF' });
    const [download] = await Promise.all([customer.waitForEvent('download'), signedLink.click()]);
    const signedPdf = await readFile(await download.path());
    expect(signedPdf.subarray(0, 4).toString()).toBe('%PDF');
    await customer.getByRole('link', { name: 'View your job' }).click();
    await customer.waitForURL(/\/portal\/jobs\/[0-9a-f-]+$/);
    await customer.getByRole('heading', { level: 1, name: /Water heater/ }).waitFor();

    // Anyone holding the signed PDF checks it on the public page, signed in or not: its fingerprint
    // matches the record (who signed, for which business); one changed byte matches nothing.
    const visitor = await browser.page({ width: 390 });
    await visitor.goto(portalUrl('/verify'));
    await visitor.getByLabel('SHA-256 fingerprint').fill(createHash('sha256').update(signedPdf).digest('hex'));
    await visitor.getByRole('button', { name: 'Check', exact: true }).click();
    const verdict = visitor.locator('#verify-result');
    await verdict.getByRole('heading', { name: 'This document matches a signature record' }).waitFor();
    expect(await verdict.innerText()).toContain('Jamie Fox');
    await saveScreenshot(visitor, 'portal-verify-match');
    const tampered = Buffer.from(signedPdf);
    tampered[Math.floor(tampered.length / 2)] ^= 0x01;
    await visitor.getByRole('button', { name: /Check another/ }).click();
    await visitor.locator('#verify-file').setInputFiles({ name: 'contract.pdf', mimeType: 'application/pdf', buffer: tampered });
    await verdict.getByRole('heading', { name: 'No signature record matches' }).waitFor();
  });
});
