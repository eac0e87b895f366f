// The portal's navigation: on a phone a "Menu" disclosure instead of rows of links; on a desktop one row.
import { describe, expect, it } from 'vitest';
import { DESKTOP, MOBILE, useBrowser } from './browser.js';
import { CUSTOMERS, DEMO_PASSWORD } from './demo.js';
import { portalUrl, signInToPortal } from './flows.js';
import { saveScreenshot } from './screenshots.js';

const browser = useBrowser();

describe('portal navigation', () => {
  it('folds into a keyboard-usable Menu button on a phone, and shows every section on a desktop', async () => {
    const { alex } = CUSTOMERS;
    const slug = alex.tenant.slug;
    const page = await browser.page({ width: MOBILE });
    await signInToPortal(page, slug, alex.email, DEMO_PASSWORD);
    await page.goto(portalUrl(`/${slug}/portal/invoices`));
    await page.getByRole('heading', { level: 1, name: 'Invoices' }).waitFor();

    const nav = page.getByRole('navigation', { name: 'Portal' });
    const menu = nav.getByRole('button', { name: /^Menu/ });
    const invoices = nav.getByRole('link', { name: 'Invoices' });
    // Closed: one row above the page (the button names the current section), no links in sight.
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.innerText()).toContain('Invoices');
    expect(await invoices.isVisible()).toBe(false);
    const closedHeight = (await nav.boundingBox())?.height ?? Infinity;
    expect(closedHeight).toBeLessThan(64);
    await saveScreenshot(page, 'portal-nav-closed');

    // Keyboard: Enter opens it, the current page stays marked, Escape closes it and keeps focus on the button.
    await menu.focus();
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await invoices.waitFor();
    expect(await invoices.getAttribute('aria-current')).toBe('page');
    await saveScreenshot(page, 'portal-nav-open');
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.evaluate((el) => el === document.activeElement)).toBe(true);

    // Following a link closes the menu on the new page, which is now the marked one.
    await menu.click();
    await nav.getByRole('link', { name: 'Appointments' }).click();
    await page.getByRole('heading', { level: 1, name: 'Appointments' }).waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.innerText()).toContain('Appointments');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(MOBILE);

    // A desktop shows every section in one row and no Menu button.
    await page.setViewportSize({ width: DESKTOP, height: 800 });
    expect(await menu.isVisible()).toBe(false);
    await invoices.waitFor();
    expect(await nav.getByRole('link', { name: 'Appointments' }).getAttribute('aria-current')).toBe('page');
    const links = await nav.getByRole('link').evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
    expect(new Set(links).size).toBe(1);
    await saveScreenshot(page, 'portal-nav');
  });
});
