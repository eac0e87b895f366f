// The equipment dealer's demo (prisma/seed/copyworks.ts): a customer choosing a priority reads the
// response the business promises for it, asks for a visit window, and is told when they will hear
// back; the office sees the overdue request first, highlighted, and filters to it.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MOBILE, useBrowser } from './browser.js';
import { dayFromToday } from './clock.js';
import { CUSTOMERS, DEMO_PASSWORD, STAFF, TENANTS } from './demo.js';
import { adminUrl, portalUrl, signInToAdmin, signInToPortal } from './flows.js';
import { saveScreenshot } from './screenshots.js';

const browser = useBrowser();
const POLL = { timeout: 10_000 };

let lakeshore: Promise<Page> | null = null;
function asLakeshore(): Promise<Page> {
  lakeshore ??= (async () => {
    const page = await browser.page({ keepForFile: true, width: MOBILE });
    await signInToPortal(page, CUSTOMERS.lakeshore.tenant.slug, CUSTOMERS.lakeshore.email, DEMO_PASSWORD);
    return page;
  })();
  return lakeshore;
}

describe('response promises', () => {
  it('describes each priority by its promise and keeps the preferred window of a request', async () => {
    const page = await asLakeshore();
    await page.goto(portalUrl(`/${TENANTS.copyworks.slug}/portal/requests`));
    const emergency = page.getByRole('radio', { name: 'Emergency', exact: true });
    await emergency.waitFor();
    // The promise is the radio's description, read with it.
    const describedBy = await emergency.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${describedBy}"]`).innerText()).toBe('Response within 4 hours · Extra charge applies outside contract hours. · extra charge $125.00');
    await emergency.check();
    await page.getByText('Emergency: Response within 4 hours').waitFor();

    const description = `Toner smear on every colour page (${Date.now()}).`;
    await page.getByLabel('What needs doing?').fill(description);
    await page.getByRole('radio', { name: 'High', exact: true }).check();
    await page.getByLabel('Date').fill(dayFromToday(TENANTS.copyworks.timeZone, 3));
    await page.getByLabel('From').fill('09:00');
    await page.getByLabel('Until (optional)').fill('08:00');
    await page.getByRole('button', { name: 'Send request' }).click();
    // Next to the until field, in the API's words.
    await page.getByText('The end of the preferred window must be after its start.').waitFor();

    await page.getByLabel('Until (optional)').fill('11:30');
    await page.getByRole('button', { name: 'Send request' }).click();
    await page.getByText('Your request has been sent.').waitFor();
    const row = page.locator('.rows > li', { hasText: description });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/Preferred .*9:00\s?AM – 11:30\s?AM/);
    expect(await row.innerText()).toContain('We will respond by');
    await saveScreenshot(page, 'portal-request-promises');
  });

  it('shows the office the overdue request first, highlighted, and filters to it', async () => {
    const page = await browser.page();
    await signInToAdmin(page, TENANTS.copyworks.slug, 'ana.kowalski@example.net', DEMO_PASSWORD);
    await page.goto(adminUrl('/requests'));
    const cards = page.getByTestId('service-request');
    await expect.poll(() => cards.count(), POLL).toBeGreaterThan(1);
    const first = cards.first();
    expect(await first.innerText()).toContain('Northgate Property Management');
    expect(await first.innerText()).toContain('Overdue');
    await page.getByText('1 request is past its promised response time.').waitFor();
    await saveScreenshot(page, 'admin-requests-overdue');

    await page.getByRole('link', { name: 'Overdue only' }).click();
    await expect.poll(() => cards.count(), POLL).toBe(1);
    expect(await page.getByRole('link', { name: 'Overdue only' }).getAttribute('aria-current')).toBe('page');
    expect(STAFF.grace.tenant.slug).toBe(TENANTS.copyworks.slug);
  });
});
