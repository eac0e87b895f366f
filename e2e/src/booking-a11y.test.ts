// Booking by keyboard and screen reader (the hint that says what Confirm still needs, the day
// strip as one radio group moved with the arrow keys, focus on the confirmation), and the staff
// side of a new request: the inbox badge on the admin navigation and the email alert settings.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, MOBILE, useBrowser } from './browser.js';
import { appNow } from './clock.js';
import { CUSTOMERS, DEMO_PASSWORD, STAFF } from './demo.js';
import { adminUrl, portalUrl, queryFromPage, signInToAdmin, signInToPortal } from './flows.js';
import { saveScreenshot } from './screenshots.js';

const browser = useBrowser();
const { sofia } = CUSTOMERS;
const slug = sofia.tenant.slug;

/** Screenshots at 1280 px and 390 px wide (nothing wider than the phone), back at desktop width afterwards. */
async function screenshotBoth(page: Page, name: string, atPhone?: () => Promise<void>): Promise<void> {
  await saveScreenshot(page, name);
  await page.setViewportSize({ width: MOBILE, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(MOBILE);
  await atPhone?.();
  await saveScreenshot(page, name);
  await page.setViewportSize({ width: DESKTOP, height: 800 });
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const focusedDate = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.date ?? '');

describe('booking, by keyboard and screen reader', () => {
  it('says what Confirm still needs, moves between days with the arrow keys, and focuses the confirmation', async () => {
    const page = await browser.page({ width: DESKTOP });
    await signInToPortal(page, slug, sofia.email, DEMO_PASSWORD);
    // Sofía's portal is Spanish; she picks English with the language switcher (the assertions read English).
    await page.locator('.locale-switcher select').selectOption('en');
    await page.goto(portalUrl(`/${slug}/portal/book`));
    await page.getByRole('heading', { level: 1, name: 'Book an appointment' }).waitFor();
    const { bookingOptions } = await queryFromPage<{ bookingOptions: { changeWindowHours: number } }>(page, 'portal', '{ bookingOptions { changeWindowHours } }');

    // Confirm is never disabled: a visible hint, tied to it, says what to choose first.
    const confirm = page.getByRole('button', { name: 'Confirm booking' });
    expect(await confirm.isEnabled()).toBe(true);
    await page.getByText('Choose a service, then a day and a time, to continue.').waitFor();
    expect(await confirm.getAttribute('aria-describedby')).toBe('book-submit-hint');
    await confirm.click();
    await page.getByText('Choose the service you need.').waitFor();
    expect(await focusedId(page)).toBe('book-serviceTypeId');

    await page.getByRole('radio', { name: /Drain cleaning/ }).check();
    await page.getByText('Choose a day and a time above to continue.').waitFor();
    // A week ahead: whatever the hour (E2E_CLOCK), no time offered there is inside the change window.
    await page.getByRole('button', { name: 'Next week' }).click();
    await page.getByRole('button', { name: 'Previous week', disabled: false }).waitFor();
    const days = page.getByRole('radiogroup', { name: 'Days with free times' }).getByRole('radio');
    await days.first().waitFor();
    const count = await days.count();
    expect(count).toBeGreaterThan(2);
    const dates = await days.evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset.date ?? ''));
    // One tab stop: the shown day.
    expect(await days.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('tabindex')))).toEqual(['0', ...Array<string>(count - 1).fill('-1')]);

    await confirm.click();
    await page.getByText('Choose a free time for your visit.').waitFor();
    expect(await focusedId(page)).toBe('book-start');

    await days.first().focus();
    await page.keyboard.press('ArrowRight');
    expect(await focusedDate(page)).toBe(dates[1]);
    expect(await days.nth(1).getAttribute('aria-checked')).toBe('true');
    expect(await days.nth(1).getAttribute('tabindex')).toBe('0');
    expect(await days.first().getAttribute('aria-checked')).toBe('false');
    await page.keyboard.press('End');
    expect(await focusedDate(page)).toBe(dates[count - 1]);
    await page.keyboard.press('Home');
    expect(await focusedDate(page)).toBe(dates[0]);
    await page.keyboard.press('ArrowLeft');
    expect(await focusedDate(page)).toBe(dates[count - 1]);
    await page.keyboard.press('ArrowRight');
    expect(await focusedDate(page)).toBe(dates[0]);
    await page.keyboard.press('ArrowRight');

    await screenshotBoth(page, 'booking-a11y-days', async () => {
      // On a phone the strip scrolls: it says so, and the day picked by keyboard is scrolled into view.
      await days.nth(1).focus();
      await page.keyboard.press('End');
      const shown = await page.evaluate(() => {
        const strip = document.querySelector('.days')!.getBoundingClientRect();
        const day = (document.activeElement as HTMLElement).getBoundingClientRect();
        return day.left >= strip.left - 1 && day.right <= strip.right + 1;
      });
      expect(shown).toBe(true);
      await page.getByRole('button', { name: 'Earlier days' }).waitFor();
      await page.keyboard.press('Home');
      await page.getByRole('button', { name: 'Later days' }).waitFor();
      // No time breaks across two lines.
      const wrapped = await page
        .locator('.times .time')
        .evaluateAll((labels) => labels.filter((l) => l.scrollWidth > l.clientWidth || l.getBoundingClientRect().height > 48).length);
      expect(wrapped).toBe(0);
    });

    const time = page.locator('.times input[type="radio"]').first();
    expect(Date.parse((await time.getAttribute('value')) ?? '') - appNow().getTime()).toBeGreaterThan(bookingOptions.changeWindowHours * 3600_000);
    await time.check();
    expect(await page.locator('#book-submit-hint').count()).toBe(0);
    expect(await confirm.getAttribute('aria-describedby')).toBeNull();
    await page.getByLabel('What do you need?').fill('Bathroom sink drains slowly (booking a11y e2e test).');
    await confirm.click();

    const heading = page.getByRole('heading', { name: 'Your appointment is booked' });
    await heading.waitFor();
    await expect.poll(() => focusedId(page)).toBe('booked-heading');
    expect(await page.locator('[aria-live="polite"]', { hasText: 'Your appointment is booked. Drain cleaning' }).count()).toBe(1);
    await screenshotBoth(page, 'booking-a11y-booked');
  }, 90_000);
});

describe('the staff side', () => {
  it('shows what waits in the requests inbox as a badge on the navigation, with a sentence for screen readers', async () => {
    const page = await browser.page({ width: DESKTOP });
    await signInToAdmin(page, slug, STAFF.jenna.email, DEMO_PASSWORD);
    const { attentionCounts } = await queryFromPage<{ attentionCounts: { total: number; urgentRequests: number } }>(page, 'admin', '{ attentionCounts { total urgentRequests } }');
    // The demo has appointment requests and an urgent service request waiting.
    expect(attentionCounts.total).toBeGreaterThan(0);
    const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Requests/ });
    const label =
      attentionCounts.urgentRequests > 0
        ? `Requests ${attentionCounts.total} ${attentionCounts.total === 1 ? 'request' : 'requests'} waiting, ${attentionCounts.urgentRequests} urgent`
        : `Requests ${attentionCounts.total} ${attentionCounts.total === 1 ? 'request' : 'requests'} waiting`;
    await page.getByRole('link', { name: label }).waitFor();
    expect(await link.getByTestId('requests-badge').innerText()).toContain(String(attentionCounts.total));
    await screenshotBoth(page, 'admin-nav-badge');
  });

  it('lets the owner choose which roles are told, and refuses an urgent alert that reaches nobody', async () => {
    const page = await browser.page({ width: DESKTOP });
    await signInToAdmin(page, slug, STAFF.dana.email, DEMO_PASSWORD);
    await page.goto(adminUrl('/settings'));
    const section = page.getByRole('form', { name: 'Staff notifications' });
    await section.waitFor();
    // The demo's choice: new bookings go to the dispatcher alone.
    const bookings = section.getByRole('group', { name: 'New online booking' });
    expect(await bookings.getByRole('checkbox', { name: 'Dispatcher' }).isChecked()).toBe(true);
    expect(await bookings.getByRole('checkbox', { name: 'Owner' }).isChecked()).toBe(false);
    const urgent = section.getByRole('group', { name: 'Urgent or emergency service request' });
    for (const role of ['Owner', 'Administrator', 'Dispatcher', 'Technician']) await urgent.getByRole('checkbox', { name: role }).uncheck();
    await section.getByRole('button', { name: 'Save staff notifications' }).click();
    await section.getByText('Urgent and emergency requests must alert at least one role.').waitFor();
    const { staffAlertSettings } = await queryFromPage<{ staffAlertSettings: { kind: string; roles: string[] }[] }>(page, 'admin', '{ staffAlertSettings { kind roles } }');
    expect(staffAlertSettings.find((s) => s.kind === 'urgentRequest')?.roles).toEqual(['owner', 'admin', 'dispatcher']);
    await section.scrollIntoViewIfNeeded();
    await screenshotBoth(page, 'admin-email-alerts');
  });
});
