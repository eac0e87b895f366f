// Pictures of the main pages at phone and desktop widths, in e2e/artifacts, for people to review.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBrowser, WIDTHS } from './browser.js';
import { CUSTOMERS, DEMO_PASSWORD, STAFF } from './demo.js';
import { adminUrl, portalUrl, signInToAdmin, signInToPortal, waitForForm } from './flows.js';
import { saveScreenshot } from './screenshots.js';

const browser = useBrowser();

describe.each(WIDTHS)('screenshots at %i px', (width) => {
  it('portal sign-in', async () => {
    const page = await browser.page({ width });
    await page.goto(portalUrl(`/${CUSTOMERS.alex.tenant.slug}/login`));
    await waitForForm(page);
    await expectNoHorizontalScroll(page, width);
    expect(existsSync(await saveScreenshot(page, 'portal-login'))).toBe(true);
  });

  it('portal home', async () => {
    const { alex } = CUSTOMERS;
    const page = await browser.page({ width });
    await signInToPortal(page, alex.tenant.slug, alex.email, DEMO_PASSWORD);
    await expectNoHorizontalScroll(page, width);
    expect(existsSync(await saveScreenshot(page, 'portal-home'))).toBe(true);
  });

  it('admin sign-in', async () => {
    const page = await browser.page({ width });
    await page.goto(adminUrl('/login'));
    await waitForForm(page);
    await expectNoHorizontalScroll(page, width);
    expect(existsSync(await saveScreenshot(page, 'admin-login'))).toBe(true);
  });

  it('admin home', async () => {
    const { dana } = STAFF;
    const page = await browser.page({ width });
    await signInToAdmin(page, dana.tenant.slug, dana.email, DEMO_PASSWORD);
    await expectNoHorizontalScroll(page, width);
    expect(existsSync(await saveScreenshot(page, 'admin-home'))).toBe(true);
  });
});

/** Nothing wider than the screen: a phone user never scrolls sideways. */
async function expectNoHorizontalScroll(page: import('playwright-core').Page, width: number): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}
