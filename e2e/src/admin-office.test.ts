// The owner's day in the admin app, checked from the customer's side through the portal's API:
// confirm an appointment request, convert a service request into an assigned job, issue an invoice.
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, useBrowser } from './browser.js';
import { dayFromToday } from './clock.js';
import { CUSTOMERS, DEMO_PASSWORD, STAFF, TENANTS } from './demo.js';
import { adminUrl, portalUrl, queryFromPage, signInToAdmin, signInToPortal } from './flows.js';
import { saveScreenshot } from './screenshots.js';

const browser = useBrowser();
// The page reloads its data after a change: give a busy machine time.
const POLL = { timeout: 10_000 };
const TABLET = 768;

// One sign-in per person for the whole file (the API limits password sign-ins per address).
let dana: Promise<Page> | null = null;
function asDana(): Promise<Page> {
  dana ??= (async () => {
    const page = await browser.page({ keepForFile: true });
    await signInToAdmin(page, STAFF.dana.tenant.slug, STAFF.dana.email, DEMO_PASSWORD);
    return page;
  })();
  return dana;
}

let priya: Promise<Page> | null = null;
function asPriya(): Promise<Page> {
  priya ??= (async () => {
    const page = await browser.page({ keepForFile: true });
    await signInToPortal(page, CUSTOMERS.priya.tenant.slug, CUSTOMERS.priya.email, DEMO_PASSWORD);
    return page;
  })();
  return priya;
}

/** A business day well ahead, so no booking of another test takes the technician first. */
function daysAhead(days: number): string {
  return dayFromToday(TENANTS.northwind.timeZone, days);
}

describe('admin: the office at work', () => {
  it("confirms Priya's appointment request and her portal shows it scheduled", async () => {
    const page = await asDana();
    await page.goto(adminUrl('/requests'));
    const card = page.getByTestId('appointment-request').filter({ hasText: CUSTOMERS.priya.name });
    await expect.poll(() => card.count(), POLL).toBe(1);
    await card.getByRole('button', { name: 'Confirm', exact: true }).click();
    await page.getByText(`Confirmed for ${CUSTOMERS.priya.name} with `).waitFor();
    await expect.poll(() => card.count(), POLL).toBe(0);

    // Her portal's upcoming visits show it scheduled.
    const portal = await asPriya();
    await portal.goto(portalUrl(`/${CUSTOMERS.priya.tenant.slug}/portal/jobs`));
    const visit = portal.getByRole('listitem').filter({ has: portal.getByRole('link', { name: 'Water heater flush', exact: true }) });
    await visit.waitFor();
    expect(await visit.innerText()).toContain('Scheduled');
    await saveScreenshot(portal, 'admin-flow-portal-jobs');
    const { jobs } = await queryFromPage<{ jobs: { nodes: { title: string; status: string }[] } }>(portal, 'portal', '{ jobs(first: 50) { nodes { title status } } }');
    expect(jobs.nodes.filter((j) => j.title === 'Water heater flush').map((j) => j.status)).toEqual(['scheduled']);
  });

  it("converts Lakeview's urgent service request, with its photo, into a job assigned to Ana", async () => {
    const page = await asDana();
    await page.goto(adminUrl('/requests'));
    const card = page.getByTestId('service-request').filter({ hasText: CUSTOMERS.lakeview.name });
    await card.getByRole('link', { name: CUSTOMERS.lakeview.name }).click();
    await page.getByRole('heading', { level: 1, name: `Service request from ${CUSTOMERS.lakeview.name}` }).waitFor();
    // The attachment is served (signed link through the admin app's origin) and really is an image.
    const photo = page.getByRole('img', { name: 'boiler-gauge.png' });
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), POLL).toBe(true);
    await saveScreenshot(page, 'admin-service-request');

    await page.getByLabel('Job title').fill('Boiler relief valve dripping');
    await page.getByLabel('Day').fill(daysAhead(20));
    await page.getByLabel('Start time').fill('07:00');
    await page.getByLabel('Technician').selectOption({ label: 'Ana Kowalski' });
    await page.getByRole('button', { name: 'Create the job' }).click();
    await page.getByText('The job was created.').waitFor();
    await page.getByText('Converted', { exact: true }).first().waitFor();
    expect(await page.locator('dd', { hasText: 'Boiler relief valve dripping' }).innerText()).toContain('Ana Kowalski');
  });

  it('creates and issues an invoice for Priya that then appears in her portal', async () => {
    const page = await asDana();
    await page.goto(adminUrl(`/customers?q=${encodeURIComponent('Priya')}`));
    await page.getByRole('link', { name: CUSTOMERS.priya.name }).click();
    await page.getByRole('heading', { level: 1, name: CUSTOMERS.priya.name }).waitFor();
    await page.getByRole('link', { name: 'New invoice' }).click();
    await page.getByRole('heading', { level: 1, name: `New invoice for ${CUSTOMERS.priya.name}` }).waitFor();

    await page.getByLabel('Description').fill('Water heater flush, rental unit');
    await page.getByLabel('Unit price (USD)').fill('119.00');
    await page.getByLabel('Tax %').fill('10.25');
    // The totals follow what is typed: 119.00 + 12.20 tax.
    await page.locator('dl.totals', { hasText: '$131.20' }).waitFor();
    await page.getByRole('button', { name: 'Create and issue' }).click();

    const heading = page.getByRole('heading', { level: 1, name: /^Invoice NW-\d{4}-\d{4}$/ });
    await heading.waitFor();
    const number = (await heading.innerText()).replace('Invoice ', '');
    expect(await page.getByText('Unpaid', { exact: true }).count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'admin-invoice');

    // Her portal lists it, unpaid, with the amount the office issued.
    const portal = await asPriya();
    await portal.goto(portalUrl(`/${CUSTOMERS.priya.tenant.slug}/portal/invoices`));
    const listed = portal.getByRole('listitem').filter({ has: portal.getByRole('link', { name: `Invoice ${number}`, exact: true }) });
    await listed.waitFor();
    await saveScreenshot(portal, 'admin-flow-portal-invoices');
    expect(await listed.innerText()).toMatch(/Unpaid[\s\S]*\$131\.20|\$131\.20[\s\S]*Unpaid/);
    const { invoices } = await queryFromPage<{ invoices: { nodes: { number: string | null; status: string; totalMinor: number }[] } }>(
      portal,
      'portal',
      '{ invoices(first: 50) { nodes { number status totalMinor } } }',
    );
    expect(invoices.nodes.find((i) => i.number === number)).toEqual({ number, status: 'unpaid', totalMinor: 13120 });
  });

  it('refunds part of a card payment Priya made in her portal: the invoice stays paid, shown partially refunded', async () => {
    const page = await asDana();
    const portal = await asPriya();
    // Its own invoice, issued through the admin API, then paid by card in the sandbox as Priya.
    const { customers } = await queryFromPage<{ customers: { nodes: { id: string; email: string }[] } }>(
      page,
      'admin',
      'query($q: String) { customers(search: $q) { nodes { id email } } }',
      { q: CUSTOMERS.priya.email },
    );
    const customerId = customers.nodes.find((c) => c.email === CUSTOMERS.priya.email)?.id;
    if (!customerId) throw new Error('Priya is not in the demo seed');
    const { createInvoice: invoice } = await queryFromPage<{ createInvoice: { id: string; number: string } }>(
      page,
      'admin',
      'mutation($input: CreateInvoiceInput!) { createInvoice(input: $input) { id number } }',
      { input: { customerId, issue: true, lines: [{ description: 'Thermostat battery swap', unitPriceMinor: 4500 }] } },
    );
    const { startInvoicePayment } = await queryFromPage<{ startInvoicePayment: { clientSecret: string } }>(
      portal,
      'portal',
      `mutation { startInvoicePayment(input: { invoiceId: "${invoice.id}" }) { clientSecret } }`,
    );
    const { confirmSandboxPayment } = await queryFromPage<{ confirmSandboxPayment: { status: string } }>(
      portal,
      'portal',
      `mutation { confirmSandboxPayment(input: { clientSecret: "${startInvoicePayment.clientSecret}", cardNumber: "4242424242424242", expiry: "12/35", cvc: "123" }) { status } }`,
    );
    expect(confirmSandboxPayment.status).toBe('succeeded');

    await page.goto(adminUrl(`/invoices/${invoice.id}`));
    await page.getByRole('heading', { level: 1, name: `Invoice ${invoice.number}` }).waitFor();
    const payments = page.getByRole('region', { name: 'Payments' });
    await payments.getByRole('row').filter({ hasText: 'Succeeded' }).getByRole('button', { name: 'Refund' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Amount (USD)').fill('10.00');
    await dialog.getByLabel('Reason (kept in the activity log)').fill('Goodwill: late arrival');
    await dialog.getByRole('button', { name: 'Refund' }).click();
    await page.getByText('$10.00 was refunded.').waitFor();
    await expect.poll(() => payments.getByRole('row').filter({ hasText: 'Partly refunded' }).count(), POLL).toBe(1);
    // Paid in full before: a refund does not make it due again (staff could reopen it on purpose).
    expect(await page.locator('dl.totals dd').last().innerText()).toBe('$0.00');
    expect(await page.getByText('Partially refunded', { exact: true }).count()).toBe(1);
    await saveScreenshot(page, 'admin-invoice-refund');

    // Her file names what happened in words, newest first: the refund, after her payment.
    await page.goto(adminUrl(`/customers/${customerId}`));
    const activity = page.getByRole('region', { name: 'Portal activity' });
    await activity.getByRole('listitem').first().waitFor();
    const entries = await activity.getByRole('listitem').allInnerTexts();
    expect(entries[0]).toContain('Refunded a payment');
    expect(entries.some((entry) => entry.includes('Paid an invoice'))).toBe(true);
    expect(entries.join('\n')).not.toMatch(/\b(invoice|payment|auth)\.[a-z_]+/);
  });

  it('moves a job by dragging it to another day, and refuses a move onto a busy technician without changing anything', async () => {
    const page = await asDana();
    const day = daysAhead(20);
    // Monday = column 0; drag to the next day, or the previous one from a Sunday, to stay in the week shown.
    const weekday = (new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7;
    const target = weekday === 6 ? weekday - 1 : weekday + 1;
    await page.goto(adminUrl(`/dispatch?week=${day}`));
    const lane = page.locator('tr[data-lane="Ana Kowalski"]');
    const job = lane.getByRole('group', { name: 'Boiler relief valve dripping' });
    await job.dragTo(lane.locator('td').nth(target));
    await page.getByText('“Boiler relief valve dripping” was moved.').waitFor();
    await expect.poll(() => lane.locator('td').nth(target).getByRole('group', { name: 'Boiler relief valve dripping' }).count(), POLL).toBe(1);

    // Ana's seeded "AC short-cycling" job: moving this one onto her at that time must fail.
    type BoardJob = { title: string; localDate: string; localStartTime: string; technicianName: string };
    const { adminJobs } = await queryFromPage<{ adminJobs: { nodes: BoardJob[] } }>(
      page,
      'admin',
      '{ adminJobs(first: 100) { nodes { title localDate localStartTime technicianName } } }',
    );
    const busy = adminJobs.nodes.find((j) => j.title === 'AC short-cycling');
    if (!busy) throw new Error('the demo seed has no "AC short-cycling" job');
    expect(busy.technicianName).toBe('Ana Kowalski');
    await lane.getByRole('group', { name: 'Boiler relief valve dripping' }).getByRole('button').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Day').fill(busy.localDate);
    await dialog.getByLabel('Start time').fill(busy.localStartTime);
    await dialog.getByLabel('Technician').selectOption({ label: 'Ana Kowalski' });
    await dialog.getByRole('button', { name: 'Move or assign' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'That does not fit: nothing was changed.' }).waitFor();
    await saveScreenshot(page, 'admin-dispatch-conflict');

    await page.goto(adminUrl(`/dispatch?week=${day}`));
    await expect.poll(() => lane.locator('td').nth(target).getByRole('group', { name: 'Boiler relief valve dripping' }).count(), POLL).toBe(1);
    expect(await lane.getByRole('group', { name: 'Boiler relief valve dripping' }).innerText()).toContain('07:00');
  });

  it("uploads a document to a customer's file with a progress bar and shares it", async () => {
    const page = await asDana();
    await page.goto(adminUrl(`/customers?q=${encodeURIComponent('Lakeview')}`));
    await page.getByRole('link', { name: CUSTOMERS.lakeview.name }).click();
    await page.getByRole('heading', { level: 1, name: CUSTOMERS.lakeview.name }).waitFor();
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
    await page.getByLabel('File (PDF or image, up to 10 MB)').setInputFiles({ name: 'relief-valve-quote.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.getByLabel('Title', { exact: true }).fill('Relief valve quote');
    await page.getByLabel('Kind', { exact: true }).selectOption({ label: 'Report' });
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    await page.getByText('“Relief valve quote” was uploaded.').waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Relief valve quote' });
    // The list reloads after the notice.
    await expect.poll(() => row.getByText('Staff only').count(), POLL).toBe(1);
    await row.getByRole('button', { name: 'Share' }).click();
    await page.getByText('“Relief valve quote” is now visible in the portal.').waitFor();
    await expect.poll(() => row.getByText('Shared', { exact: true }).count(), POLL).toBe(1);
  });

  it('previews branding and invoice numbers while typing, and shows a bad Stripe key next to its field', async () => {
    const page = await asDana();
    await page.goto(adminUrl('/settings'));
    await page.getByLabel('Business name').fill('Northwind Comfort Co.');
    const preview = page.getByRole('figure', { name: 'Portal header preview' });
    await preview.getByText('Northwind Comfort Co.').waitFor();
    await page.getByLabel('Number format').fill('INV-{YY}{MM}-{SEQ:5}');
    await page.getByText(/^Example: INV-\d{4}-00042$/).waitFor();

    // Nothing above was saved; a secret key of the wrong shape is refused and named.
    await page.getByLabel('Stripe secret key').fill('not-a-key');
    await page.getByRole('button', { name: 'Save the payment settings' }).click();
    const secret = page.getByLabel('Stripe secret key');
    await expect.poll(() => secret.getAttribute('aria-invalid'), POLL).toBe('true');
    expect(await page.locator('#stripe-secret-error').innerText()).toContain('sk_');
    await page.reload();
    expect(await page.getByLabel('Business name').inputValue()).toBe('Northwind Heating & Plumbing');
    expect(await page.getByText('Payments go through the built-in sandbox').count()).toBe(1);
  });

  it('invites a technician, who follows the emailed link from the outbox, sets a password and lands on their board', async () => {
    const page = await asDana();
    const email = `sam.rivera+${Date.now()}@example.net`;
    await page.goto(adminUrl('/staff'));
    const invite = page.getByRole('region', { name: 'Invite a team member' });
    await invite.getByLabel('Name').fill('Sam Rivera');
    await invite.getByLabel('Email').fill(email);
    await invite.getByLabel('Role').selectOption({ label: 'Technician' });
    await invite.getByRole('button', { name: 'Send the invitation' }).click();
    await page.getByText('Sam Rivera was invited.').waitFor();
    await expect.poll(() => page.getByRole('row').filter({ hasText: email }).innerText(), POLL).toContain('Invited');

    // The owner reads the invitation in the outbox; its link opens the admin app's invitation page.
    await page.goto(adminUrl('/outbox'));
    const mail = page.getByRole('listitem').filter({ hasText: `to ${email}` });
    // The newest email is open already; open this one whatever its place.
    if (!(await mail.locator('details').evaluate((d: HTMLDetailsElement) => d.open))) await mail.locator('summary').click();
    const link = await mail.getByRole('link', { name: /\/accept-invitation\?/ }).getAttribute('href');
    expect(link).toMatch(new RegExp(`^${adminUrl('/accept-invitation').replace(/[.?]/g, '\\$&')}\\?tenant=northwind-hvac&token=`));

    const sam = await browser.page({ width: 768 });
    await sam.goto(link ?? '');
    await sam.getByRole('heading', { level: 1, name: 'Welcome to the team' }).waitFor();
    await sam.locator('form button[type="submit"]:not([disabled])').waitFor();
    await sam.getByLabel('New password').fill('first-shift-2026');
    await sam.getByLabel('Type it again').fill('first-shift-2026');
    await sam.getByRole('button', { name: 'Set my password and sign in' }).click();
    // A technician's home is their day (none yet for a new one).
    await sam.getByRole('heading', { level: 1, name: 'My day' }).waitFor();
    expect(await sam.getByRole('banner').innerText()).toContain('Sam Rivera');
    await sam.getByText('No jobs for you today.', { exact: false }).waitFor();
    expect(await sam.getByRole('navigation', { name: 'Main' }).getByRole('link').allInnerTexts()).toEqual(['My day', 'Dispatch', 'Messages']);
  });

  it('speaks French when the staff member picks it', async () => {
    const page = await asDana();
    await page.context().addCookies([{ name: 'locale', value: 'fr', url: adminUrl('/') }]);
    try {
      await page.goto(adminUrl('/dispatch'));
      await page.getByRole('heading', { level: 1, name: 'Planning des interventions' }).waitFor();
      expect(await page.getByRole('navigation', { name: 'Principale' }).getByRole('link').allInnerTexts()).toContain('Factures');
      await saveScreenshot(page, 'admin-dispatch-fr');
      await page.goto(adminUrl('/invoices'));
      await page.getByRole('heading', { level: 1, name: 'Factures' }).waitFor();
      // Money in the business's currency, written the French way.
      expect(await page.locator('td.num').first().innerText()).toMatch(/\$US$/);
    } finally {
      await page.context().addCookies([{ name: 'locale', value: 'en', url: adminUrl('/') }]);
    }
  });

  it('saves screenshots of the main pages at tablet and desktop widths', async () => {
    const page = await asDana();
    for (const width of [TABLET, DESKTOP]) {
      await page.setViewportSize({ width, height: 900 });
      for (const [path, name, heading] of [
        ['/dispatch', 'admin-dispatch', 'Dispatch board'],
        ['/requests', 'admin-requests', 'Requests inbox'],
        ['/customers', 'admin-customers', 'Customers'],
        ['/invoices', 'admin-invoices', 'Invoices'],
        ['/reviews', 'admin-reviews', 'Reviews'],
        ['/settings', 'admin-settings', 'Settings'],
        ['/outbox', 'admin-outbox', 'Sent emails'],
      ] as const) {
        await page.goto(adminUrl(path));
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        expect(existsSync(await saveScreenshot(page, name))).toBe(true);
      }
      await page.goto(adminUrl('/customers?q=Alex'));
      await page.getByRole('link', { name: CUSTOMERS.alex.name }).click();
      await page.getByRole('heading', { level: 1, name: CUSTOMERS.alex.name }).waitFor();
      expect(existsSync(await saveScreenshot(page, 'admin-customer'))).toBe(true);
    }
  });
});
