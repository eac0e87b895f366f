// A business may serve its portal at its own domain (portal.example.com/login rather than
// /{slug}/login here). This maps a request's host to the business's slug for the reroute hook
// (hooks.ts), and tells links whether to leave the slug out. Runs on the server and in the browser.
import { Client, fetchExchange } from '@urql/core';
import { graphql } from '$lib/gql';
import { GRAPHQL_PATH } from '$lib/graphql/path';

const PortalTenantByDomain = graphql(`
  query PortalTenantByDomain($domain: String!) {
    portalTenantByDomain(domain: $domain) {
      slug
    }
  }
`);

/** What hooks.server.ts forwards to the API (the lookup itself goes there) and the app's own assets. */
const notPages = ['/graphql/', '/files/', '/calendar/', '/public/', '/_app/'];
/** Domains rarely change: ask the API again after a minute. */
const ttlMs = 60_000;
/** Any Host header can reach us: bound what we remember. */
const maxHosts = 500;

interface Known {
  slug: string | null;
  expires: number;
}
const known = new Map<string, Known>();
const pending = new Map<string, Promise<string | null>>();

/** The address to route `url` as: `/{slug}/login` for `/login` on a business's domain; undefined otherwise. */
export async function rerouteCustomDomain(url: URL, fetch: typeof globalThis.fetch): Promise<string | undefined> {
  if (notPages.some((prefix) => url.pathname.startsWith(prefix)) || !mayBeCustomDomain(url.hostname)) return undefined;
  const slug = await slugForHost(url, fetch);
  // Every page of the domain is this business's: /other-slug/login there is a 404, not another portal.
  return slug ? `/${slug}${url.pathname === '/' ? '' : url.pathname}` : undefined;
}

/** `/{slug}` on our own addresses, '' on the business's own domain (its pages live at its root). */
export function tenantRoot(url: URL, slug: string): string {
  return known.get(url.hostname.toLowerCase())?.slug === slug ? '' : `/${slug}`;
}

function mayBeCustomDomain(hostname: string): boolean {
  // IP addresses and localhost are ours (development, health checks), never a business's domain.
  return hostname.includes('.') && !/^[\d.]+$/.test(hostname) && !hostname.startsWith('[') && !hostname.endsWith('.localhost');
}

async function slugForHost(url: URL, fetch: typeof globalThis.fetch): Promise<string | null> {
  const host = url.hostname.toLowerCase();
  const cached = known.get(host);
  if (cached && cached.expires > Date.now()) return cached.slug;
  let lookup = pending.get(host);
  if (!lookup) {
    lookup = lookUp(url, host, fetch).finally(() => pending.delete(host));
    pending.set(host, lookup);
  }
  return lookup;
}

async function lookUp(url: URL, host: string, fetch: typeof globalThis.fetch): Promise<string | null> {
  const client = new Client({
    url: new URL(GRAPHQL_PATH, url.origin).href,
    fetch,
    exchanges: [fetchExchange],
    preferGetMethod: false,
    requestPolicy: 'network-only',
    // Public branding: no session needed.
    fetchOptions: { credentials: 'omit' },
  });
  const result = await client.query(PortalTenantByDomain, { domain: host }).toPromise();
  // The API unreachable: not remembered, the next request asks again (the page shows the API's error).
  if (result.error) return known.get(host)?.slug ?? null;
  const slug = result.data?.portalTenantByDomain?.slug ?? null;
  known.delete(host);
  if (known.size >= maxHosts) {
    const oldest = known.keys().next().value;
    if (oldest !== undefined) known.delete(oldest);
  }
  known.set(host, { slug, expires: Date.now() + ttlMs });
  return slug;
}
