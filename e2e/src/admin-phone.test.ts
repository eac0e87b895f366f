// The admin app on a phone: a technician's "My day" (call, map, start, note), the board one day at
// a time, and every office list readable at 390 px without sideways scrolling.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, MOBILE, useBrowser, WIDTHS } from './browser.js';
import { dayFromToday } from './clock.js';
import { DEMO_PASSWORD, STAFF, TENANTS } from './demo.js';
import { adminUrl, queryFromPage, signInToAdmin, signInToAdminAsTechnician } from './flows.js';
import { saveScreenshot } from './screenshots.js';

const browser = useBrowser();
const POLL = { timeout: 10_000 };

// Demo data (prisma/seed/northwind.ts): Luis's two jobs of today, at 08:30 and 13:00 business time,
// and Alex's visit starting soon, whatever the hour, that he is on his way to (on-my-way.test.ts).
const GRETA_JOB = 'Camera inspection of the floor drain line';
const TOM_JOB = 'Flush the water heater before winter';
const ALEX_JOB = 'Furnace short-cycling';

/** Nothing wider than the screen: a phone user never scrolls sideways. */
async function expectNoHorizontalScroll(page: Page, width: number, what: string): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth), what).toBeLessThanOrEqual(width);
}

/** The element lies inside the viewport's width (not scrolled or clipped off to the right). */
async function expectOnScreen(page: Page, locator: ReturnType<Page['locator']>, width: number): Promise<void> {
  await locator.waitFor();
  const box = await locator.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(width);
}

describe('admin on a phone: a technician’s day', () => {
  it('signs Luis in at 390 px onto My day: today’s jobs in order with tel: and map links, starts one and adds an internal note', async () => {
    const { luis } = STAFF;
    const page = await browser.page({ width: MOBILE });
    await signInToAdminAsTechnician(page, luis.tenant.slug, luis.email, DEMO_PASSWORD);

    // Today is the business's day by the run's clock, not the browser's or UTC's.
    const { myDay } = await queryFromPage<{ myDay: { date: string } }>(page, 'admin', '{ myDay { date } }');
    expect(myDay.date).toBe(dayFromToday(TENANTS.northwind.timeZone, 0));

    const list = page.getByRole('list', { name: 'Today’s jobs' });
    await list.waitFor();
    const titles = await list.getByRole('article').evaluateAll((cards) => cards.map((c) => c.querySelector('h2')?.textContent.trim()));
    expect(titles.filter((title) => title !== ALEX_JOB)).toEqual([GRETA_JOB, TOM_JOB]);

    const greta = page.getByRole('article', { name: GRETA_JOB });
    expect(await greta.innerText()).toContain('08:30–09:30');
    expect(await greta.innerText()).toContain('Cleanout is in the laundry room behind the water heater.');
    expect(await greta.getByRole('link', { name: 'Call +1 847-555-0175' }).getAttribute('href')).toBe('tel:+18475550175');

    const tom = page.getByRole('article', { name: TOM_JOB });
    expect(await tom.getByRole('link', { name: 'Call +1 630-555-0109' }).getAttribute('href')).toBe('tel:+16305550109');
    const map = tom.getByRole('link', { name: /in maps/ });
    const mapUrl = new URL((await map.getAttribute('href')) ?? '');
    expect(mapUrl.origin + mapUrl.pathname).toBe('https://www.google.com/maps/search/');
    expect(mapUrl.searchParams.get('api')).toBe('1');
    expect(mapUrl.searchParams.get('query')).toBe('88 Linden Street, Naperville, IL 60540, US');
    expect(await map.getAttribute('target')).toBe('_blank');
    expect(await tom.innerText()).toContain('No access instructions.');
    await expectNoHorizontalScroll(page, MOBILE, 'my day');
    await saveScreenshot(page, 'admin-my-day');

    // Start Tom's job: the card follows the API's answer; only "complete" is left.
    await tom.getByRole('button', { name: 'Start the job' }).click();
    await page.getByText(`“${TOM_JOB}” is started.`).waitFor();
    await tom.getByText('In progress', { exact: true }).waitFor();
    expect(await tom.getByRole('button', { name: 'Start the job' }).count()).toBe(0);
    await tom.getByRole('button', { name: 'Complete the job' }).waitFor();
    // Technicians never get a cancel button here.
    expect(await page.getByRole('button', { name: /Cancel/ }).count()).toBe(0);

    // An internal note, from the card.
    await tom.getByText('Internal notes (0)').click();
    const note = tom.getByLabel('Internal note (staff only, never shown to the customer)');
    await note.fill('Anode rod worn to the core wire: quote a replacement.');
    await tom.getByRole('button', { name: 'Add the note' }).click();
    await page.getByText(`The note was added to “${TOM_JOB}”.`).waitFor();
    await tom.getByText('Internal notes (1)').waitFor();
    expect(await note.inputValue()).toBe('');
    await saveScreenshot(page, 'admin-my-day-started');

    // Both were written: a reload shows them.
    await page.reload();
    const again = page.getByRole('article', { name: TOM_JOB });
    await again.getByText('In progress', { exact: true }).waitFor();
    await again.getByText('Internal notes (1)').click();
    await again.getByText('Anode rod worn to the core wire: quote a replacement.').waitFor();
    expect(await page.getByRole('article', { name: GRETA_JOB }).getByText('Scheduled', { exact: true }).count()).toBe(1);

    await page.setViewportSize({ width: DESKTOP, height: 900 });
    await expectNoHorizontalScroll(page, DESKTOP, 'my day');
    await saveScreenshot(page, 'admin-my-day');
  }, 90_000);

  it('shows the technician one day of the board at a time on a phone, with day buttons', async () => {
    const { luis } = STAFF;
    const page = await browser.page({ width: MOBILE });
    await signInToAdminAsTechnician(page, luis.tenant.slug, luis.email, DEMO_PASSWORD);
    const today = dayFromToday(TENANTS.northwind.timeZone, 0);
    await page.goto(adminUrl('/dispatch'));
    const dayView = page.locator('section.day-view');
    await dayView.waitFor();
    expect(await page.locator('.week-view').isVisible()).toBe(false);
    const lane = dayView.locator(`[data-day-lane="${luis.name}"]`);
    await lane.getByRole('group', { name: GRETA_JOB }).waitFor();
    await expectNoHorizontalScroll(page, MOBILE, 'dispatch day');
    await saveScreenshot(page, 'admin-dispatch-day-technician');

    await dayView.getByRole('link', { name: 'Next day →' }).click();
    await page.waitForURL(adminUrl(`/dispatch?day=${dayFromToday(TENANTS.northwind.timeZone, 1)}`));
    await expect.poll(() => lane.getByRole('group', { name: GRETA_JOB }).count(), POLL).toBe(0);
    await dayView.getByRole('link', { name: '← Previous day' }).click();
    await page.waitForURL(adminUrl(`/dispatch?day=${today}`));
    await lane.getByRole('group', { name: GRETA_JOB }).waitFor();
  }, 60_000);
});

describe('admin on a phone: the office lists', () => {
  const LISTS = [
    ['/dispatch', 'dispatch', 'Dispatch board'],
    ['/requests', 'requests', 'Requests inbox'],
    ['/customers', 'customers', 'Customers'],
    ['/invoices', 'invoices', 'Invoices'],
    ['/agreements', 'agreements', 'Service agreements'],
    ['/reviews', 'reviews', 'Reviews'],
    ['/staff', 'staff', 'Staff'],
    ['/outbox', 'outbox', 'Sent emails'],
    ['/settings', 'settings', 'Settings'],
  ] as const;

  for (const width of WIDTHS) {
    it(`every list page fits ${width} px without sideways scrolling; invoice totals and amounts due are on screen`, async () => {
      const { dana } = STAFF;
      const page = await browser.page({ width });
      await signInToAdmin(page, dana.tenant.slug, dana.email, DEMO_PASSWORD);
      for (const [path, name, heading] of LISTS) {
        await page.goto(adminUrl(path));
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        await expectNoHorizontalScroll(page, width, path);
        await saveScreenshot(page, `admin-list-${name}`);
      }

      // A customer's page holds lists too (sites, equipment, jobs, invoices, documents).
      await page.goto(adminUrl(`/customers?q=${encodeURIComponent('Alex Morgan')}`));
      await page.getByRole('link', { name: 'Alex Morgan', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Alex Morgan' }).waitFor();
      await expectNoHorizontalScroll(page, width, 'customer page');
      await saveScreenshot(page, 'admin-list-customer');

      // Every invoice row shows its total and amount due inside the screen, labelled on a phone.
      await page.goto(adminUrl('/invoices'));
      const totals = page.locator('table.data tbody td.num');
      await totals.first().waitFor();
      const rows = await page.locator('table.data tbody tr').count();
      expect(rows).toBeGreaterThan(0);
      expect(await totals.count()).toBe(rows * 2);
      for (let i = 0; i < Math.min(rows * 2, 6); i++) await expectOnScreen(page, totals.nth(i), width);
      if (width === MOBILE) {
        expect(await totals.first().getAttribute('data-label')).toBe('Total');
        expect(await totals.first().evaluate((cell) => getComputedStyle(cell, '::before').content)).toBe('"Total"');
      }
    }, 120_000);
  }
});
