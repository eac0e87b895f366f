// A Spanish-speaking customer (Sofía, locale es in the demo) reads the portal in Spanish, and the
// languages offered anywhere in the portal are exactly those it has dictionaries for.
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';
import { CUSTOMERS, DEMO_PASSWORD } from './demo.js';
import { signInToPortal } from './flows.js';
import { saveScreenshot } from './screenshots.js';

const browser = useBrowser();

describe('portal in Spanish', () => {
  it('speaks Spanish to Sofía from sign-in on, on a phone and on a desktop, and offers exactly en, fr and es', async () => {
    const { sofia } = CUSTOMERS;
    const slug = sofia.tenant.slug;
    const page = await browser.page({ width: 390 });
    // The browser asks for English: her own language (from her profile) wins once she is signed in.
    await signInToPortal(page, slug, sofia.email, DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: `Hola, ${sofia.name}` }).waitFor();

    // The next page is rendered in Spanish by the server from the first byte.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: `Hola, ${sofia.name}` }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await page.getByRole('heading', { name: 'Próximas citas' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Portal' });
    await nav.getByRole('button', { name: /^Menú/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await saveScreenshot(page, 'portal-es-home');
    await page.setViewportSize({ width: 1280, height: 900 });
    await nav.getByRole('link', { name: 'Facturas' }).waitFor();
    await nav.getByRole('link', { name: 'Citas' }).waitFor();
    await saveScreenshot(page, 'portal-es-home');

    await nav.getByRole('link', { name: 'Configuración' }).click();
    await page.getByRole('heading', { level: 1, name: 'Configuración' }).waitFor();
    const language = page.getByLabel('Idioma', { exact: true }).and(page.locator('#profile-locale'));
    const options = await language.locator('option').evaluateAll((els) => els.map((el) => [(el as HTMLOptionElement).value, el.textContent.trim()]));
    expect(options).toEqual([
      ['en', 'English'],
      ['fr', 'Français'],
      ['es', 'Español'],
    ]);
    expect(await language.inputValue()).toBe('es');
    // The switcher in the header offers the same languages.
    const switcher = page.locator('.locale-switcher select');
    expect(await switcher.locator('option').evaluateAll((els) => els.map((el) => (el as HTMLOptionElement).value))).toEqual(['en', 'fr', 'es']);
    await saveScreenshot(page, 'portal-es-settings');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('heading', { level: 1, name: 'Configuración' }).waitFor();
    await saveScreenshot(page, 'portal-es-settings');
  });
});
