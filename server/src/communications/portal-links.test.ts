// Every link an email carries must open a page of portal-web: checked against its route folders,
// for a business under PORTAL_URL/{slug} and for one at its own domain.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { portalLinks, type PortalAddress } from './portal-links.js';

const ROUTES = fileURLToPath(new URL('../../../portal-web/src/routes', import.meta.url));
const PORTAL_URL = 'https://portal.portico.test';

/** Whether portal-web has a page for these path segments (a `[param]` folder matches any segment). */
function hasPage(dir: string, segments: string[]): boolean {
  if (segments.length === 0) return existsSync(join(dir, '+page.svelte'));
  const [head, ...rest] = segments as [string, ...string[]];
  if (existsSync(join(dir, head)) && hasPage(join(dir, head), rest)) return true;
  return readdirSync(dir, { withFileTypes: true }).some((entry) => entry.isDirectory() && entry.name.startsWith('[') && hasPage(join(dir, entry.name), rest));
}

const ALL_LINKS = (tenant: PortalAddress) => ({
  magicLink: portalLinks.magicLink(PORTAL_URL, tenant, 't0k/en+'),
  passwordReset: portalLinks.passwordReset(PORTAL_URL, tenant, 'token'),
  invitation: portalLinks.invitation(PORTAL_URL, tenant, 'token'),
  emailChange: portalLinks.emailChange(PORTAL_URL, tenant, 'token'),
  appointment: portalLinks.appointment(PORTAL_URL, tenant, '8c1e4a0e-7d1f-4a55-9d55-6a4c61a1b1e2'),
  invoice: portalLinks.invoice(PORTAL_URL, tenant, '2b0e7a5c-2f43-4a8e-a1f8-3f1d5f0f9e11'),
  project: portalLinks.project(PORTAL_URL, tenant, '5d7f1c2a-9b3e-4f60-8a21-0c4e6b7d9f13'),
  asset: portalLinks.asset(PORTAL_URL, tenant, '3e9b2c71-5a4d-4f8e-b0c6-1d2e3f4a5b6c'),
  messageThread: portalLinks.messageThread(PORTAL_URL, tenant, '7a3c9e51-1d24-4b8f-9e06-2f5b8c1d4a70'),
  requests: portalLinks.requests(PORTAL_URL, tenant),
  documents: portalLinks.documents(PORTAL_URL, tenant),
  notifications: portalLinks.notifications(PORTAL_URL, tenant),
  privacy: portalLinks.privacy(PORTAL_URL, tenant),
});

describe('portal links in emails', () => {
  const bySlug = ALL_LINKS({ slug: 'northwind-hvac', customDomain: null });

  it.each(Object.entries(bySlug))('%s opens a portal page under PORTAL_URL/{slug}', (_kind, link) => {
    const url = new URL(link);
    expect(url.origin).toBe(PORTAL_URL);
    const [slug, ...rest] = url.pathname.split('/').filter(Boolean);
    expect(slug).toBe('northwind-hvac');
    expect(hasPage(ROUTES, [slug!, ...rest])).toBe(true);
  });

  it.each(Object.entries(ALL_LINKS({ slug: 'northwind-hvac', customDomain: 'portal.northwind.example' })))(
    "%s opens the same page at the business's own domain, without the slug",
    (kind, link) => {
      const url = new URL(link);
      expect(url.origin).toBe('https://portal.northwind.example');
      const bySlugUrl = new URL(bySlug[kind as keyof typeof bySlug]);
      expect(`/northwind-hvac${url.pathname}${url.search}`).toBe(`${bySlugUrl.pathname}${bySlugUrl.search}`);
    },
  );

  it('encodes tokens so they survive the query string', () => {
    expect(new URL(bySlug.magicLink).searchParams.get('token')).toBe('t0k/en+');
  });

  it('finds no page for a path portal-web does not have (the check can fail)', () => {
    expect(hasPage(ROUTES, ['northwind-hvac', 'appointments', 'some-id'])).toBe(false);
    expect(hasPage(ROUTES, ['northwind-hvac', 'invoices', 'some-id'])).toBe(false);
  });
});
