// A French-speaking customer gets the API's complaints about her input in French, next to the field.
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';
import { CUSTOMERS, DEMO_PASSWORD } from './demo.js';
import { portalUrl, signInToPortal } from './flows.js';
import { saveScreenshot } from './screenshots.js';

const browser = useBrowser();

describe('portal in French', () => {
  it('shows a rejected phone number in French next to the phone field, and saves nothing', async () => {
    const { camille } = CUSTOMERS;
    const page = await browser.page();
    await signInToPortal(page, camille.tenant.slug, camille.email, DEMO_PASSWORD);
    await page.goto(portalUrl(`/${camille.tenant.slug}/portal/settings`));
    await page.getByRole('heading', { level: 1, name: 'Paramètres' }).waitFor();

    const phone = page.locator('#profile-phone');
    const before = await phone.inputValue();
    await phone.fill('call me maybe');
    await page.locator('form:has(#profile-phone) button[type="submit"]').click();

    const error = page.locator('#profile-phone-error');
    await error.waitFor();
    // The API said it in English ("Enter a phone number using digits…"); the page says it in French.
    expect(await error.innerText()).toBe('Saisissez un numéro de téléphone avec uniquement des chiffres, des espaces et + ( ) - .');
    expect(await phone.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('profile-phone');
    expect(await page.locator('main').innerText()).not.toContain('Enter a phone number');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Paramètres' }).waitFor();
    expect(await page.locator('#profile-phone').inputValue()).toBe(before);

    // On the narrowest phone the French navigation ("Menu", "Se déconnecter") still keeps to one row.
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(portalUrl(`/${camille.tenant.slug}/portal/assets`));
    await page.getByRole('heading', { level: 1, name: 'Mes animaux' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Portail' });
    await nav.getByRole('button', { name: /^Menu/ }).waitFor();
    expect((await nav.boundingBox())?.height ?? Infinity).toBeLessThan(64);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await saveScreenshot(page, 'portal-nav-fr');
  });
});
