// Where emails send a customer: pages of the business's portal (portal-web's routes; a test
// checks each link against the route folders). A business with its own domain gets links to
// that domain, where its pages sit at the root (portal-web's reroute hook); any other business's
// pages live under PORTAL_URL/{slug}. The worker has a base URL, not a request: these take one.

export interface PortalAddress {
  slug: string;
  /**
   * tenants.custom_domain: set only while the business's DNS proof of the domain is verified
   * (tenants/custom-domains.service.ts). A domain still pending is not there, so its links
   * keep using the slug address, which always works.
   */
  customDomain: string | null;
}

/** The portal's home for this business, without a trailing slash. */
export function portalHome(portalUrl: string, tenant: PortalAddress): string {
  // A custom domain is served by the same deployment as PORTAL_URL, so with the same scheme.
  if (tenant.customDomain) return `${new URL(portalUrl).protocol}//${tenant.customDomain}`;
  return `${portalUrl}/${tenant.slug}`;
}

const withToken =
  (path: string) =>
  (portalUrl: string, tenant: PortalAddress, token: string): string =>
    `${portalHome(portalUrl, tenant)}${path}?token=${encodeURIComponent(token)}`;

const page =
  (path: string) =>
  (portalUrl: string, tenant: PortalAddress, id: string): string =>
    `${portalHome(portalUrl, tenant)}${path}/${encodeURIComponent(id)}`;

export const portalLinks = {
  magicLink: withToken('/login/magic'),
  passwordReset: withToken('/reset-password'),
  invitation: withToken('/accept-invitation'),
  emailChange: withToken('/confirm-email'),
  appointment: page('/portal/jobs'),
  invoice: page('/portal/invoices'),
  /** A construction project's page. */
  project: page('/portal/projects'),
  /** A quote's page (its latest sent version). */
  quote: page('/portal/quotes'),
  /** A document waiting for the customer's signature (signatures/). */
  signing: page('/portal/sign'),
  /** A device or animal's page (a device's meters, a reading due). */
  asset: page('/portal/assets'),
  /** A supply order's page. */
  supplyOrder: page('/portal/supplies/orders'),
  /** A message thread (the messaging hub's conversation page). */
  messageThread: page('/portal/messages'),
  /** Requests have no page of their own: the list shows each one's status. */
  requests: (portalUrl: string, tenant: PortalAddress): string => `${portalHome(portalUrl, tenant)}/portal/requests`,
  /** Shared documents are a list too. */
  documents: (portalUrl: string, tenant: PortalAddress): string => `${portalHome(portalUrl, tenant)}/portal/documents`,
  /** The notification centre's page (what links to nothing else yet, e.g. a message). */
  notifications: (portalUrl: string, tenant: PortalAddress): string => `${portalHome(portalUrl, tenant)}/portal/notifications`,
  /** The Privacy page: the notice, exports to download, erasure. */
  privacy: (portalUrl: string, tenant: PortalAddress): string => `${portalHome(portalUrl, tenant)}/portal/privacy`,
};
