// What each staff role may see: a technician only their own jobs, a dispatcher no settings.
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';
import { dayFromToday } from './clock.js';
import { CUSTOMERS, DEMO_PASSWORD, STAFF, TENANTS } from './demo.js';
import { adminUrl, signInToAdmin, signInToAdminAsTechnician } from './flows.js';
import { saveScreenshot } from './screenshots.js';

const browser = useBrowser();

/** A day in the week `days` from the business's today (the board shows the week of the day it is given). */
function mondayIn(days: number): string {
  return dayFromToday(TENANTS.northwind.timeZone, days);
}

describe('admin: what each role sees', () => {
  it('a technician sees only their own jobs on the dispatch board, and only their day, the board and their messages in the menu', async () => {
    const { luis } = STAFF;
    const page = await browser.page({ width: 768 });
    await signInToAdminAsTechnician(page, luis.tenant.slug, luis.email, DEMO_PASSWORD);
    const menu = page.getByRole('navigation', { name: 'Main' });
    // Each link's own words (Messages may carry an unread count's badge).
    expect((await menu.getByRole('link').allInnerTexts()).map((text) => text.split('\n')[0].trim())).toEqual(['My day', 'Dispatch', 'Messages']);

    // Luis has seeded jobs 2, 7 and 12 days ahead; Ana's and unassigned ones fall in the same weeks.
    let jobs = 0;
    for (const week of [mondayIn(0), mondayIn(7), mondayIn(14)]) {
      await page.goto(adminUrl(`/dispatch?week=${week}`));
      await page.getByRole('heading', { level: 1, name: 'Dispatch board' }).waitFor();
      const lanes = await page.locator('tr[data-lane]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-lane')));
      expect(lanes.every((name) => name === luis.name)).toBe(true);
      jobs += await page.locator('tr[data-lane] [role="group"]').count();
    }
    expect(jobs).toBeGreaterThanOrEqual(2);
    expect(await page.getByText('Ana Kowalski').count()).toBe(0);
    await saveScreenshot(page, 'admin-dispatch-technician');

    // His job opens with what he needs on site, and he may add internal notes to it.
    await page.locator('tr[data-lane] [role="group"] button').first().click();
    await page.getByRole('dialog').getByRole('link', { name: 'Open the job: notes, parts and photos' }).click();
    await page.getByRole('heading', { level: 2, name: 'The visit' }).waitFor();
    expect(await page.locator('dd', { hasText: luis.name }).count()).toBe(1);
    expect(await page.getByLabel('Add a note (staff only)').count()).toBe(1);
    await saveScreenshot(page, 'admin-job-technician');
  });

  it('a dispatcher declines an appointment request with a reason, has no settings in the menu and is refused the settings page', async () => {
    const { jenna } = STAFF;
    const { sofia } = CUSTOMERS;
    const page = await browser.page();
    await signInToAdmin(page, jenna.tenant.slug, jenna.email, DEMO_PASSWORD);
    const menu = page.getByRole('navigation', { name: 'Main' });
    // Each link's own words (the Requests link also carries the waiting count's badge, checked in booking-a11y).
    const words = (await menu.getByRole('link').allInnerTexts()).map((text) => text.split('\n')[0].trim());
    expect(words).toEqual(['Home', 'Dispatch', 'Requests', 'Messages', 'Customers', 'Quotes', 'My day']);

    await page.goto(adminUrl('/requests'));
    const card = page.getByTestId('appointment-request').filter({ hasText: sofia.name });
    await card.getByRole('button', { name: 'Decline' }).click();
    const dialog = page.getByRole('dialog');
    // A reason is required: the customer reads it.
    await dialog.getByRole('button', { name: 'Decline' }).click();
    expect(await dialog.getByLabel('Reason (the customer sees it)').evaluate((el: HTMLTextAreaElement) => el.validity.valueMissing)).toBe(true);
    await dialog.getByLabel('Reason (the customer sees it)').fill('We are fully booked that week; please pick another date.');
    await dialog.getByRole('button', { name: 'Decline' }).click();
    await page.getByText(`Declined; ${sofia.name} has been told.`).waitFor();
    await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(0);

    const response = await page.goto(adminUrl('/settings'));
    expect(response?.status()).toBe(403);
    await page.getByRole('heading', { level: 1, name: 'Access denied' }).waitFor();
    expect(await page.getByLabel('Business name').count()).toBe(0);
  });
});
