// A customer's day in the portal, in one signed-in browser: dashboard, booking, a request with a
// photo, an invoice and its PDF, a review, French, signing out. Screenshots of each page at both widths.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, MOBILE, useBrowser } from './browser.js';
import { appNow } from './clock.js';
import { CUSTOMERS, DEMO_PASSWORD } from './demo.js';
import { portalUrl, queryFromPage, signInToPortal } from './flows.js';
import { saveScreenshot } from './screenshots.js';

const browser = useBrowser();
const { alex } = CUSTOMERS;
const slug = alex.tenant.slug;
const portal = (path = '') => portalUrl(`/${slug}/portal${path}`);
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

/** Full-page screenshots at 1280 px and 390 px wide, back at desktop width afterwards. */
async function screenshotBoth(page: Page, name: string): Promise<void> {
  await saveScreenshot(page, name);
  await page.setViewportSize({ width: MOBILE, height: 844 });
  // Nothing wider than the phone: no sideways scrolling.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(MOBILE);
  await saveScreenshot(page, name);
  await page.setViewportSize({ width: DESKTOP, height: 800 });
}

/**
 * Picks the first free time of next week in the slot picker on the page. Online changes close
 * `changeWindowHours` before a visit: this week's first free time may already be inside that
 * window (run at 03:00, it is this morning's), a week ahead never is, whatever the hour.
 */
async function chooseTimeNextWeek(page: Page, changeWindowHours: number): Promise<void> {
  await page.getByRole('button', { name: 'Next week' }).click();
  // Enabled once next week is shown and its times have loaded.
  await page.getByRole('button', { name: 'Previous week', disabled: false }).waitFor();
  const time = page.locator('.times input[type="radio"]').first();
  const start = Date.parse((await time.getAttribute('value')) ?? '');
  expect(start - appNow().getTime()).toBeGreaterThan(changeWindowHours * 3600_000);
  await time.check();
}

describe('the customer portal, signed in once', () => {
  let page: Page;

  beforeAll(async () => {
    page = await browser.page({ keepForFile: true });
    await signInToPortal(page, slug, alex.email, DEMO_PASSWORD);
  });

  it('shows the dashboard: next appointment, amount due, a job to review, navigation', async () => {
    await page.goto(portal());
    await page.getByRole('heading', { level: 1, name: `Welcome, ${alex.name}` }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Portal' });
    for (const section of ['Home', 'Appointments', 'Book', 'Requests', 'Invoices', 'Documents', 'My equipment', 'Settings']) {
      await nav.getByRole('link', { name: section, exact: true }).waitFor();
    }
    expect(await nav.getByRole('link', { name: 'Home', exact: true }).getAttribute('aria-current')).toBe('page');
    await page.getByRole('heading', { name: 'Next appointments' }).waitFor();
    await page.getByRole('link', { name: 'Furnace tune-up and blower wheel check' }).waitFor();
    // Money in the tenant's currency (USD), formatted for English.
    expect(await page.locator('.big.amount').innerText()).toMatch(/^\$\d[\d,]*\.\d\d$/);
    await page.getByRole('heading', { name: 'How did we do?' }).waitFor();
    await screenshotBoth(page, 'portal-dashboard');
  });

  it('lists equipment with warranty badges and documents', async () => {
    await page.goto(portal('/assets'));
    await page.getByRole('heading', { level: 1, name: 'My equipment' }).waitFor();
    await page.getByRole('heading', { name: 'Central air conditioner' }).waitFor();
    await page.getByText('Warranty ends soon').waitFor();
    await page.getByText('Warranty expired').waitFor();
    await screenshotBoth(page, 'portal-assets');

    await page.goto(portal('/documents'));
    await page.locator('.rows .primary', { hasText: 'Furnace tune-up report' }).waitFor();
    await screenshotBoth(page, 'portal-documents');
  });

  it('books a free slot in the business time zone', async () => {
    await page.goto(portal('/book'));
    await page.getByRole('heading', { level: 1, name: 'Book an appointment' }).waitFor();
    const { bookingOptions } = await queryFromPage<{ bookingOptions: { changeWindowHours: number } }>(page, 'portal', '{ bookingOptions { changeWindowHours } }');
    await page.getByRole('radio', { name: /Drain cleaning/ }).check();
    await page.getByText('Times are in America/Chicago.').waitFor();
    // Next week: the booking must stay changeable online for the rest of this test.
    await chooseTimeNextWeek(page, bookingOptions.changeWindowHours);
    await page.getByLabel('What do you need?').fill('Kitchen sink drains slowly (booked from the e2e test).');
    await screenshotBoth(page, 'portal-book');
    await page.getByRole('button', { name: 'Confirm booking' }).click();
    await page.getByRole('heading', { name: 'Your appointment is booked' }).waitFor();
    await page.getByRole('link', { name: 'View appointment' }).click();
    await page.getByRole('heading', { level: 1, name: 'Drain cleaning' }).waitFor();
    await page.getByText('Kitchen sink drains slowly (booked from the e2e test).').waitFor();
    await page.getByRole('link', { name: 'Add to calendar' }).waitFor();
    await screenshotBoth(page, 'portal-job');

    // Moved to another free time, then cancelled: both before online changes close.
    const when = page.locator('dt', { hasText: 'When' }).locator('xpath=following-sibling::dd[1]');
    const bookedAt = await when.innerText();
    await page.getByRole('button', { name: 'Reschedule' }).click();
    await chooseTimeNextWeek(page, bookingOptions.changeWindowHours);
    await page.getByRole('button', { name: 'Move to this time' }).click();
    await page.getByRole('button', { name: 'Reschedule' }).waitFor();
    await expect.poll(() => when.innerText()).not.toBe(bookedAt);

    await page.getByRole('button', { name: 'Cancel appointment' }).click();
    await page.getByLabel('Reason (optional)').fill('Fixed it myself.');
    await page.getByRole('button', { name: 'Yes, cancel it' }).click();
    await page.locator('.page-header').getByText('Cancelled', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Reschedule' }).count()).toBe(0);
  });

  it("answers another customer's (or a made-up) invoice with a not-found page", async () => {
    const response = await page.goto(portal('/invoices/00000000-0000-4000-8000-000000000000'));
    expect(response?.status()).toBe(404);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    // Still inside the portal: its navigation and a way back home.
    await page.getByRole('navigation', { name: 'Portal' }).waitFor();
    expect(await page.getByRole('link', { name: 'Go to the home page' }).getAttribute('href')).toBe(`/${slug}/portal`);
  });

  it('submits a service request with an uploaded photo and lists it with the photo', async () => {
    await page.goto(portal('/requests'));
    await page.getByRole('heading', { level: 1, name: 'Service requests' }).waitFor();
    const description = `Thermostat screen is blank (${Date.now()}).`;
    await page.getByLabel('What needs doing?').fill(description);
    await page.getByRole('radio', { name: 'High', exact: true }).check();
    await page.getByLabel('Photos or documents (optional)').setInputFiles({
      name: 'thermostat.png',
      mimeType: 'image/png',
      buffer: Buffer.from(PNG, 'base64'),
    });
    await page.getByText('Uploaded', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Send request' }).click();
    await page.getByText('Your request has been sent.').waitFor();
    const row = page.locator('.rows > li', { hasText: description });
    await row.waitFor();
    await row.getByText('Submitted').waitFor();
    // The photo itself loads through the portal (a signed link): the 1×1 PNG that was uploaded.
    const photo = row.getByRole('img', { name: 'thermostat.png' });
    await photo.waitFor();
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
    await screenshotBoth(page, 'portal-requests');
  });

  it('explains a request without a description next to the field', async () => {
    await page.goto(portal('/requests'));
    await page.getByRole('button', { name: 'Send request' }).click();
    const field = page.getByLabel('What needs doing?');
    await page.locator('#request-description-error').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('opens an unpaid invoice with its lines and downloads the PDF', async () => {
    await page.goto(portal('/invoices'));
    await page.getByRole('heading', { level: 1, name: 'Invoices' }).waitFor();
    await screenshotBoth(page, 'portal-invoices');
    await page.getByRole('link', { name: 'Unpaid', exact: true }).click();
    await page.waitForURL(portal('/invoices?status=unpaid'));
    // The AC repair invoice ($422.74): the payments test pays the other one.
    await page.locator('.rows > li', { hasText: '$422.74' }).locator('a.primary').click();
    await page.getByRole('columnheader', { name: 'Description' }).waitFor();
    await page.getByRole('cell', { name: /capacitor/i }).waitFor();
    await screenshotBoth(page, 'portal-invoice');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download PDF' }).click()]);
    const file = await download.path();
    expect((await readFile(file)).subarray(0, 4).toString()).toBe('%PDF');
  });

  it('leaves a review on a completed appointment', async () => {
    await page.goto(portal());
    await page.getByRole('link', { name: 'Leave a review' }).first().click();
    await page.getByRole('heading', { name: 'Your review' }).waitFor();
    // Sending without stars: the API's message about the rating, next to it.
    await page.getByRole('button', { name: 'Send review' }).click();
    await page.locator('[id$="-rating-error"]').waitFor();
    await page.getByLabel('4 out of 5 stars').check({ force: true });
    await page.getByLabel('Comment (optional)').fill('Quick fix and a clear explanation.');
    await page.getByRole('button', { name: 'Send review' }).click();
    await page.getByText('Quick fix and a clear explanation.').waitFor();
    await page.getByText('Awaiting publication').waitFor();
  });

  it('shows the settings, switches to French, and signs out', async () => {
    await page.goto(portal('/settings'));
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page.getByText('this device').waitFor();

    // A calendar subscription: the secret address is shown once and serves an iCalendar feed.
    await page.getByRole('button', { name: 'Create a subscription address' }).click();
    const feedUrl = await page.getByLabel('Your private calendar address').inputValue();
    expect(feedUrl).toMatch(/\/calendar\/v1\/feeds\/[^/]+\.ics$/);
    const feed = await page.request.get(feedUrl);
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toContain('BEGIN:VCALENDAR');
    await screenshotBoth(page, 'portal-settings');

    await page.goto(portal());
    await page.getByLabel('Language').last().selectOption('fr');
    await page.getByRole('heading', { level: 1, name: `Bienvenue, ${alex.name}` }).waitFor();
    await page.getByRole('navigation', { name: 'Portail' }).getByRole('link', { name: 'Factures' }).click();
    await page.getByRole('heading', { level: 1, name: 'Factures' }).waitFor();
    // French number formatting of dollars: "189,00 $US" style, never "$189.00".
    expect(await page.locator('.rows .amount').first().innerText()).toMatch(/\d,\d\d\s?\$/);
    // The choice is kept: the server renders French on the next load.
    const reloaded = await page.reload();
    expect(await reloaded?.text()).toContain('Factures');
    await screenshotBoth(page, 'portal-invoices-fr');

    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL(portalUrl(`/${slug}/login`));
    await page.getByRole('heading', { level: 1, name: 'Connectez-vous à votre compte' }).waitFor();
  });
});
