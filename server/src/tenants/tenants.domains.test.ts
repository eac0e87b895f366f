// A business's portal at its own domain: the anonymous host → tenant lookup the portal app routes
// with, and the cookie Origin rule that lets that domain use its own customers' sessions only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ORIGIN, type TestApp } from '../test/app.js';
import { customerToken, makeCustomer, makeTenant, staffToken, makeStaff } from '../test/factory.js';
import { verifiedCustomDomain } from '../test/dns.js';

const BY_DOMAIN = 'query($domain: String!) { portalTenantByDomain(domain: $domain) { slug name } }';
const ME = '{ me { id tenantSlug } }';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

/** A tenant serving its portal at `domain` (verified), with one customer signed in by cookie. */
async function tenantAt(domain: string) {
  const tenant = await makeTenant(app.owner);
  await verifiedCustomDomain(app, tenant.id, domain);
  const { account } = await makeCustomer(app.owner, tenant.id);
  if (!account) throw new Error('account expected');
  const { token } = await customerToken(app, account);
  return { tenant, cookie: `portico_portal_session=${token}` };
}

const suffix = () => Math.random().toString(36).slice(2, 10);

describe('portalTenantByDomain', () => {
  it('finds the portal served at a custom domain, anonymously, whatever the case or a trailing dot', async () => {
    const domain = `portal.${suffix()}.example`;
    const { tenant } = await tenantAt(domain);
    for (const asked of [domain, domain.toUpperCase(), `${domain}.`]) {
      const res = await app.call<{ portalTenantByDomain: { slug: string; name: string } | null }>('portal', BY_DOMAIN, { domain: asked });
      expect(res.errors).toBeUndefined();
      expect(res.data?.portalTenantByDomain).toEqual({ slug: tenant.slug, name: tenant.name });
    }
  });

  it('answers null for a domain no portal uses and for something that is not a hostname', async () => {
    for (const domain of [`unused.${suffix()}.example`, 'localhost', '127.0.0.1', "x' OR 1=1 --", '']) {
      const res = await app.call<{ portalTenantByDomain: unknown }>('portal', BY_DOMAIN, { domain });
      expect(res.errors).toBeUndefined();
      expect(res.data?.portalTenantByDomain).toBeNull();
    }
  });

  it('is not part of the admin API', async () => {
    const res = await app.call('admin', BY_DOMAIN, { domain: 'portal.example.com' });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('cookie Origin of a custom domain', () => {
  it("a business's own domain may use its customers' cookies; another business's domain may not", async () => {
    const a = await tenantAt(`portal.${suffix()}.example`);
    const b = await tenantAt(`portal.${suffix()}.example`);
    const aDomain = (await app.owner.tenant.findUniqueOrThrow({ where: { id: a.tenant.id } })).customDomain;
    const bDomain = (await app.owner.tenant.findUniqueOrThrow({ where: { id: b.tenant.id } })).customDomain;

    const own = await app.call<{ me: { tenantSlug: string } }>('portal', ME, {}, { cookie: a.cookie, origin: `https://${aDomain}` });
    expect(own.errors).toBeUndefined();
    expect(own.data?.me.tenantSlug).toBe(a.tenant.slug);
    // Outside production a port is fine (a test or a local proxy): http://domain:3000.
    const withPort = await app.call('portal', ME, {}, { cookie: a.cookie, origin: `http://${aDomain}:3000` });
    expect(withPort.errors).toBeUndefined();

    const other = await app.call('portal', ME, {}, { cookie: a.cookie, origin: `https://${bDomain}` });
    expect(other.status).toBe(403);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(other.data ?? null).toBeNull();
    // The configured portal origin still works for everyone.
    expect((await app.call('portal', ME, {}, { cookie: b.cookie, origin: TEST_ORIGIN })).errors).toBeUndefined();
  });

  it('a custom domain is no origin for the admin API, nor for a cookie whose session does not verify', async () => {
    const domain = `portal.${suffix()}.example`;
    const { tenant } = await tenantAt(domain);
    const staff = await makeStaff(app.owner, tenant.id);
    const { token } = await staffToken(app, staff);
    const admin = await app.call('admin', '{ tenantSettings { slug } }', {}, { cookie: `portico_admin_session=${token}`, origin: `https://${domain}` });
    expect(admin.status).toBe(403);
    const forged = await app.call('portal', ME, {}, { cookie: 'portico_portal_session=not-a-token', origin: `https://${domain}` });
    expect(forged.status).toBe(403);
    const weird = await app.call('portal', ME, {}, { cookie: (await tenantAt(`portal.${suffix()}.example`)).cookie, origin: 'null' });
    expect(weird.status).toBe(403);
  });

  it('in production only https on the default port counts', async () => {
    const prod = await startTestApp({ env: 'production' });
    try {
      const domain = `portal.${suffix()}.example`;
      const tenant = await makeTenant(prod.owner);
      await verifiedCustomDomain(prod, tenant.id, domain);
      const { account } = await makeCustomer(prod.owner, tenant.id);
      if (!account) throw new Error('account expected');
      const cookie = `portico_portal_session=${(await customerToken(prod, account)).token}`;
      expect((await prod.call('portal', ME, {}, { cookie, origin: `https://${domain}` })).errors).toBeUndefined();
      expect((await prod.call('portal', ME, {}, { cookie, origin: `http://${domain}` })).status).toBe(403);
      expect((await prod.call('portal', ME, {}, { cookie, origin: `https://${domain}:8443` })).status).toBe(403);
    } finally {
      await prod.close();
    }
  });
});
