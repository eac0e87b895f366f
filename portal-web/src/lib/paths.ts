// Addresses inside one tenant's portal, and the only "next" addresses a sign-in may return to.
// On the business's own domain its pages sit at the root (/portal/jobs), elsewhere under its slug
// (/{slug}/portal/jobs): `url` is the page's address (components: the current page; load
// functions pass `event.url`).
import { base } from '$app/paths';
import { page } from '$app/state';
import { tenantRoot } from '$lib/custom-domains';
import { SIGNED_OUT_INACTIVE, SIGNED_OUT_PARAM } from '@portico/web-shared/graphql/errors';

/** e.g. tenantPath('acme', '/portal/jobs'): `/acme/portal/jobs`, or `/portal/jobs` on acme's own domain. */
export function tenantPath(slug: string, path = '', url: URL = page.url): string {
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- resolve() takes route ids; these paths also serve businesses' own domains, where the slug is left out
  return `${base}${tenantRoot(url, slug)}${path}` || '/';
}

/**
 * Where to go after signing in: `next` when it is a page of this tenant's portal, or the
 * confirmation of an email change that staff started (it works only signed in), else the dashboard.
 */
export function afterSignIn(slug: string, next: string | null | undefined, url: URL = page.url): string {
  const portal = tenantPath(slug, '/portal', url);
  const confirmEmail = tenantPath(slug, '/confirm-email', url);
  // Same origin, same tenant, no protocol-relative tricks ("//evil.example").
  const ours = next === portal || next?.startsWith(`${portal}/`) || next?.startsWith(`${portal}?`) || next?.startsWith(`${confirmEmail}?`);
  if (next && ours && !next.startsWith('//')) return next;
  return portal;
}

/** Whether a page needs a signed-in customer, so that an ended session sends them to sign in and back. */
export function needsSignIn(pathname: string): boolean {
  return pathname.includes('/portal') || pathname.endsWith('/confirm-email');
}

/** The sign-in page, remembering the page the customer was on, and saying so when the session ended for inactivity. */
export function signInPath(slug: string, returnTo?: string, url: URL = page.url, inactive = false): string {
  const login = tenantPath(slug, '/login', url);
  const params = new URLSearchParams();
  // The dashboard is where sign-in leads anyway: keep that address short.
  if (returnTo && returnTo !== tenantPath(slug, '/portal', url)) params.set('next', returnTo);
  if (inactive) params.set(SIGNED_OUT_PARAM, SIGNED_OUT_INACTIVE);
  const query = params.toString();
  return query ? `${login}?${query}` : login;
}
