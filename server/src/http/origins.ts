// Which browser origins may send cookie-authenticated requests (cookies ride along on
// cross-site requests; Apollo's CSRF prevention does not look at Origin).
import type { Endpoint } from '../context/principal.js';
import type { Db } from '../db/client.js';
import { tenantIdForDomain } from '../tenants/tenants.service.js';

export interface OriginCheck {
  /** The configured web apps' origins (`ALLOWED_ORIGINS`). */
  allowed: string[];
  endpoint: Endpoint;
  /** The tenant the cookie's session belongs to; unknown when the token did not verify. */
  tenantId: string | undefined;
  db: Db;
  /** Only https on the default port counts as a custom domain in production. */
  production: boolean;
}

export async function originAllowed(origin: string | undefined, check: OriginCheck): Promise<boolean> {
  if (origin === undefined) return false;
  const normalised = origin.replace(/\/$/, '');
  if (check.allowed.includes(normalised)) return true;
  // A business's portal served at its own domain may use its own customers' sessions; another
  // business's domain may not (a tenant chooses its domain, so it must not reach other tenants).
  // Only a verified domain is found here: one merely asked for (pending) is no origin at all.
  if (check.endpoint !== 'portal' || !check.tenantId) return false;
  const url = parseOrigin(normalised);
  if (!url) return false;
  const schemeOk = check.production ? url.protocol === 'https:' && url.port === '' : url.protocol === 'https:' || url.protocol === 'http:';
  return schemeOk && (await tenantIdForDomain(check.db, url.hostname)) === check.tenantId;
}

/** An Origin header is exactly scheme://host[:port]; anything else (a path, credentials, "null") is refused. */
function parseOrigin(value: string): URL | null {
  try {
    const url = new URL(value);
    return url.origin === value ? url : null;
  } catch {
    return null;
  }
}
