// The portal's sign-in page is branded per tenant from the anonymous `portalTenant` query.
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser.js';
import { TENANTS } from './demo.js';
import { portalUrl, waitForForm } from './flows.js';

const browser = useBrowser();

interface Branding {
  name: string;
  primaryColor: string;
}

/** What the API itself says about a tenant, anonymously. */
async function portalTenant(slug: string): Promise<Branding | null> {
  const res = await fetch(new URL('/graphql/portal', inject('apiUrl')), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'query ($slug: String!) { portalTenant(slug: $slug) { name primaryColor } }',
      variables: { slug },
    }),
  });
  const body = (await res.json()) as { data?: { portalTenant: Branding | null } };
  return body.data?.portalTenant ?? null;
}

/** `#0f4c81` as the browser reports computed colours: `rgb(15, 76, 129)`. */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

describe('portal sign-in page', () => {
  for (const tenant of Object.values(TENANTS)) {
    it(`shows ${tenant.name} in its colour on /${tenant.slug}/login`, async () => {
      const branding = await portalTenant(tenant.slug);
      expect(branding?.name).toBe(tenant.name);

      const page = await browser.page();
      const response = await page.goto(portalUrl(`/${tenant.slug}/login`));
      expect(response?.status()).toBe(200);
      // Server-rendered, not only after hydration.
      expect(await response?.text()).toContain(escapeHtml(tenant.name));

      const banner = page.getByRole('banner');
      await banner.getByText(tenant.name, { exact: true }).waitFor();
      expect(await page.title()).toContain(tenant.name);
      await waitForForm(page);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Sign in to your account');

      if (branding && /^#[0-9a-f]{6}$/i.test(branding.primaryColor)) {
        const color = await banner.getByText(tenant.name, { exact: true }).evaluate((el) => getComputedStyle(el).color);
        expect(color).toBe(rgb(branding.primaryColor));
      }
    });
  }

  it('answers an unknown tenant with a friendly 404 page', async () => {
    const page = await browser.page();
    const response = await page.goto(portalUrl('/no-such-business/login'));
    expect(response?.status()).toBe(404);
    await page.getByRole('heading', { level: 1, name: 'Portal not found' }).waitFor();
    await page.getByText('There is no customer portal at this address.').waitFor();
    // No sign-in form for a business that does not exist, and nothing technical.
    expect(await page.locator('form').count()).toBe(0);
    expect(await page.locator('body').innerText()).not.toMatch(/TENANT_NOT_FOUND|GraphQL|stack|undefined/i);
  });
});

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
