// A business's portal at its own domain: no slug in the address, its branding, and signing in
// works there (the API accepts that domain's Origin for the business's own customers).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { setVerifiedCustomDomain } from './custom-domains.js';
import { useBrowser } from './browser.js';
import { CUSTOMERS, DEMO_PASSWORD, TENANTS } from './demo.js';
import { waitForForm } from './flows.js';

const DOMAIN = 'portal.northwind.example';
// Chromium resolves the business's domain to the portal's server, like DNS would.
const browser = useBrowser({ args: [`--host-resolver-rules=MAP ${DOMAIN} 127.0.0.1`] });
const onDomain = (path: string) => `http://${DOMAIN}:${new URL(inject('portalUrl')).port}${path}`;

beforeAll(() => setVerifiedCustomDomain(TENANTS.northwind.slug, DOMAIN));
afterAll(() => setVerifiedCustomDomain(TENANTS.northwind.slug, null));

describe('portal at a custom domain', () => {
  it("serves the business's branded sign-in page at /login, and its portal at /portal once signed in", async () => {
    const { alex } = CUSTOMERS;
    const page = await browser.page();
    const response = await page.goto(onDomain('/login'));
    expect(response?.status()).toBe(200);
    // Server-rendered with the business's name, and links without the slug.
    const html = (await response?.text()) ?? '';
    expect(html).toContain('Northwind Heating &amp; Plumbing');
    // (SvelteKit writes server-rendered links relative to the page: ./forgot-password from /login.)
    expect(html).toMatch(/href="\.?\/forgot-password"/);
    expect(html).not.toContain(`/${TENANTS.northwind.slug}/`);
    await page.getByRole('banner').getByText(TENANTS.northwind.name, { exact: true }).waitFor();
    expect(await page.title()).toContain(TENANTS.northwind.name);

    await waitForForm(page);
    await page.getByLabel('Email address', { exact: true }).fill(alex.email);
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: `Welcome, ${alex.name}` }).waitFor();
    expect(page.url()).toBe(onDomain('/portal'));

    // Navigation stays on the domain, slug-free; a full load of a deeper page works too (cookie + Origin).
    const nav = page.getByRole('navigation', { name: 'Portal' });
    expect(await nav.getByRole('link', { name: 'Invoices' }).getAttribute('href')).toBe('/portal/invoices');
    await nav.getByRole('link', { name: 'Invoices' }).click();
    await page.getByRole('heading', { level: 1, name: 'Invoices' }).waitFor();
    expect(page.url()).toBe(onDomain('/portal/invoices'));
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Invoices' }).waitFor();
    await page.locator('.rows > li').first().waitFor();

    // The bare domain opens the portal.
    await page.goto(onDomain('/'));
    await page.waitForURL(onDomain('/portal'));
  });

  it("does not serve another business's portal on this domain", async () => {
    const page = await browser.page();
    const response = await page.goto(onDomain(`/${TENANTS.pawsome.slug}/login`));
    expect(response?.status()).toBe(404);
    expect(await page.locator('body').innerText()).not.toContain(TENANTS.pawsome.name);
  });
});
