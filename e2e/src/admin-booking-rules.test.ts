// The booking rules in the admin settings: a change window longer than the minimum notice locks
// short-notice bookings out of online changes but for the grace period after booking; the form says so
// while the owner types, in English and French, and the grace period is saved with the rules.
// Pawsome (demo): 120 minutes' notice, changes until 48 hours before, the default 30-minute grace period.
import { describe, expect, it } from 'vitest';
import { MOBILE, DESKTOP, useBrowser } from './browser.js';
import { DEMO_PASSWORD, STAFF } from './demo.js';
import { adminUrl, queryFromPage, signInToAdmin } from './flows.js';
import { saveScreenshot } from './screenshots.js';

const browser = useBrowser();

describe('admin: booking rules', () => {
  it('warns while the change window is longer than the minimum notice, naming the grace period, which saves', async () => {
    const { claire } = STAFF;
    const page = await browser.page();
    await signInToAdmin(page, claire.tenant.slug, claire.email, DEMO_PASSWORD);
    await page.goto(adminUrl('/settings'));
    const form = page.getByRole('form', { name: 'Online booking' });
    const grace = form.getByLabel('Grace period after booking (minutes)');
    const window = form.getByLabel('Changes allowed until (hours before)');
    const notice = form.getByLabel('Minimum notice (minutes)');
    expect(await grace.inputValue()).toBe('30');
    // The live region the warning appears in (the form's name changes with the language).
    const warning = page.locator('#booking-notice-warning');
    expect(await warning.getAttribute('role')).toBe('status');

    await expect.poll(() => warning.innerText()).not.toBe('');
    expect(await warning.innerText()).toBe(
      'Customers may book with 120 minutes’ notice, but online changes close 48 hours before an appointment. A customer who books at short notice can change or cancel online only during the grace period after booking (30 minutes), then has to contact you.',
    );
    await saveScreenshot(page, 'admin-booking-rules-warning');
    await page.setViewportSize({ width: MOBILE, height: 844 });
    await saveScreenshot(page, 'admin-booking-rules-warning');
    await page.setViewportSize({ width: DESKTOP, height: 800 });

    // Without a grace period the warning says short-notice bookings cannot be changed at all.
    await grace.fill('0');
    await expect.poll(() => warning.innerText()).toContain('there is no grace period');
    // A window no longer than the notice needs no warning.
    await window.fill('2');
    await expect.poll(() => warning.innerText()).toBe('');
    await notice.fill('60');
    await expect.poll(() => warning.innerText()).toContain('60 minutes’ notice, but online changes close 2 hours before');

    // In French too.
    await page.locator('.locale-switcher select').first().selectOption('fr');
    await expect.poll(() => warning.innerText()).toContain('Les clients peuvent réserver avec 60 minutes de préavis');
    expect(await page.getByLabel('Délai de grâce après la réservation (minutes)').inputValue()).toBe('0');
    expect(await page.getByText('Un client peut toujours modifier ou annuler une réservation faite en ligne').count()).toBe(1);
    await saveScreenshot(page, 'admin-booking-rules-warning-fr');
    await page.locator('.locale-switcher select').first().selectOption('en');

    // The grace period is saved with the rules (then put back for other tests).
    await page.reload();
    await grace.fill('45');
    await form.getByRole('button', { name: 'Save the booking rules' }).click();
    await page.getByText('The booking rules were saved.').waitFor();
    await page.reload();
    expect(await grace.inputValue()).toBe('45');
    await expect.poll(() => warning.innerText()).toContain('(45 minutes)');
    const restored = await queryFromPage<{ updateBookingSettings: { changeGraceMinutes: number } }>(
      page,
      'admin',
      'mutation { updateBookingSettings(input: { changeGraceMinutes: 30 }) { changeGraceMinutes } }',
    );
    expect(restored.updateBookingSettings.changeGraceMinutes).toBe(30);
  });
});
