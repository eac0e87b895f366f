// Custom domains are proven, not claimed: a domain asked for is pending and serves nothing (no
// portal lookup, no cookie origin, no email links) until its TXT record with the business's own
// token is found, by "Check now" or by the worker, which also takes a lapsed proof back.
import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import { portalHome } from '../communications/portal-links.js';
import { withScope } from '../test/rls-scope.js';
import type { StaffRole } from '../generated/prisma/enums.js';
import { startTestApp, TEST_ORIGIN, TEST_START, type TestApp } from '../test/app.js';
import { customerToken, makeCustomer, makeStaff, makeTenant, staffToken } from '../test/factory.js';
import type { WorkerDeps } from '../worker/context.js';
import { schedule, TASK, taskList } from '../worker/tasks.js';
import { checkProof } from './custom-domains.proof.js';
import { recheckCustomDomains } from './custom-domains.service.js';
import { TestDns } from '../test/dns.js';

const VERIFICATION = 'domain status recordType recordName recordValue checkedAt nextCheckAt verifiedAt problem problemMessage';
const CLAIM = `mutation($input: TenantSettingsInput!) { updateTenantSettings(input: $input) { customDomain customDomainVerification { ${VERIFICATION} } } }`;
const SETTINGS = `{ tenantSettings { customDomain customDomainVerification { ${VERIFICATION} } } }`;
const VERIFY = `mutation { verifyCustomDomain { ${VERIFICATION} } }`;
const BY_DOMAIN = 'query($domain: String!) { portalTenantByDomain(domain: $domain) { slug } }';
const ME = '{ me { id } }';

interface Verification {
  domain: string;
  status: 'pending' | 'verified' | 'failed';
  recordType: string;
  recordName: string;
  recordValue: string;
  checkedAt: string | null;
  nextCheckAt: string | null;
  verifiedAt: string | null;
  problem: string | null;
  problemMessage: string | null;
}

let app: TestApp;
let deps: WorkerDeps;
beforeAll(async () => {
  app = await startTestApp();
  deps = { ...app.deps, owner: app.owner };
});
afterAll(() => app.close());
afterEach(() => {
  app.clock.now = new Date(TEST_START);
});

const suffix = () => Math.random().toString(36).slice(2, 10);
const newDomain = () => `portal.${suffix()}.example`;
const later = (ms: number) => {
  app.clock.now = new Date(app.clock.now.getTime() + ms);
};
const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** A business with a staff member of `role` signed in, and one customer signed in by cookie. */
async function business(role: StaffRole = 'owner') {
  const tenant = await makeTenant(app.owner);
  const member = await makeStaff(app.owner, tenant.id, role);
  const { token } = await staffToken(app, member);
  const { account } = await makeCustomer(app.owner, tenant.id);
  if (!account) throw new Error('account expected');
  const cookie = `portico_portal_session=${(await customerToken(app, account)).token}`;
  return { tenant, token, cookie };
}

async function claim(token: string, domain: string | null): Promise<Verification | null> {
  const res = await app.call<{ updateTenantSettings: { customDomain: string | null; customDomainVerification: Verification | null } }>(
    'admin',
    CLAIM,
    { input: { customDomain: domain } },
    { token },
  );
  expect(res.errors).toBeUndefined();
  return res.data?.updateTenantSettings.customDomainVerification ?? null;
}

async function verify(token: string) {
  return app.call<{ verifyCustomDomain: Verification }>('admin', VERIFY, {}, { token });
}

async function settings(token: string): Promise<Verification | null> {
  const res = await app.call<{ tenantSettings: { customDomainVerification: Verification | null } }>('admin', SETTINGS, {}, { token });
  expect(res.errors).toBeUndefined();
  return res.data?.tenantSettings.customDomainVerification ?? null;
}

/** The slug of the portal served at `domain`, if any. */
async function servedAt(domain: string): Promise<string | null> {
  const res = await app.call<{ portalTenantByDomain: { slug: string } | null }>('portal', BY_DOMAIN, { domain });
  expect(res.errors).toBeUndefined();
  return res.data?.portalTenantByDomain?.slug ?? null;
}

/** Whether the API takes a cookie-authenticated request from https://<domain>. */
async function originAccepted(cookie: string, domain: string): Promise<boolean> {
  const res = await app.call('portal', ME, {}, { cookie, origin: `https://${domain}` });
  return res.status === 200 && !res.errors;
}

/** Where the business's emails send its customers (every email link starts there). */
async function emailHome(tenantId: string): Promise<string> {
  return portalHome(app.deps.config.portalUrl, await app.owner.tenant.findUniqueOrThrow({ where: { id: tenantId } }));
}

function publish(v: Verification, ...extra: string[]) {
  app.dns.publish(v.recordName, v.recordValue, ...extra);
}

describe('a custom domain asked for', () => {
  it('is pending and serves nothing: no portal lookup, no cookie origin, emails keep the slug address', async () => {
    const a = await business();
    const domain = newDomain();
    const v = await claim(a.token, domain);
    expect(v).toMatchObject({ domain, status: 'pending', recordType: 'TXT', recordName: `_portico-verification.${domain}`, checkedAt: null, verifiedAt: null, problem: null });
    expect(v?.recordValue).toMatch(/^portico-verification=[0-9a-f]{32}$/);
    expect(await settings(a.token)).toEqual(v);

    expect(await servedAt(domain)).toBeNull();
    expect(await originAccepted(a.cookie, domain)).toBe(false);
    expect(await emailHome(a.tenant.id)).toBe(`${TEST_ORIGIN}/${a.tenant.slug}`);
    // The configured portal origin keeps working.
    expect((await app.call('portal', ME, {}, { cookie: a.cookie, origin: TEST_ORIGIN })).errors).toBeUndefined();
  });

  it('another business may ask for the same pending domain; neither is served until one proves it, and the first to prove it wins', async () => {
    const a = await business();
    const b = await business();
    const domain = newDomain();
    const va = await claim(a.token, domain);
    const vb = await claim(b.token, domain);
    if (!va || !vb) throw new Error('claims expected');
    expect(vb.status).toBe('pending');
    expect(vb.recordName).toBe(va.recordName);
    expect(vb.recordValue).not.toBe(va.recordValue);
    expect(await servedAt(domain)).toBeNull();
    expect(await originAccepted(a.cookie, domain)).toBe(false);
    expect(await originAccepted(b.cookie, domain)).toBe(false);

    // The domain's owner publishes A's token: B's check does not find its own.
    publish(va);
    const bFirst = await verify(b.token);
    expect(bFirst.errors).toBeUndefined();
    expect(bFirst.data?.verifyCustomDomain).toMatchObject({ status: 'pending', problem: 'wrong_value' });
    expect(await servedAt(domain)).toBeNull();

    const aVerified = await verify(a.token);
    expect(aVerified.data?.verifyCustomDomain).toMatchObject({ status: 'verified', problem: null, verifiedAt: TEST_START.toISOString() });
    expect(await servedAt(domain)).toBe(a.tenant.slug);
    expect(await originAccepted(a.cookie, domain)).toBe(true);
    expect(await originAccepted(b.cookie, domain)).toBe(false);

    // Even with its own record there too, B comes second.
    publish(va, vb.recordValue);
    const bSecond = await verify(b.token);
    expect(bSecond.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'DOMAIN_TAKEN' });
    expect(await settings(b.token)).toMatchObject({ status: 'pending' });
    expect(await servedAt(domain)).toBe(a.tenant.slug);
  });

  it('a domain another business has verified cannot be asked for (CONFLICT)', async () => {
    const a = await business();
    const c = await business();
    const domain = newDomain();
    const va = await claim(a.token, domain);
    if (!va) throw new Error('claim expected');
    publish(va);
    expect((await verify(a.token)).data?.verifyCustomDomain.status).toBe('verified');

    for (const asked of [domain, domain.toUpperCase(), `${domain}.`]) {
      const res = await app.call('admin', CLAIM, { input: { customDomain: asked } }, { token: c.token });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'DOMAIN_TAKEN' });
    }
    expect(await settings(c.token)).toBeNull();
    expect(await servedAt(domain)).toBe(a.tenant.slug);
  });

  it('a check without the proof keeps it pending with the reason: no record, wrong value, DNS not answering', async () => {
    const a = await business();
    const domain = newDomain();
    const v = await claim(a.token, domain);
    if (!v) throw new Error('claim expected');
    const cases: [() => void, string][] = [
      [
        () => {
          app.dns.remove(v.recordName);
        },
        'record_missing',
      ], // NXDOMAIN
      [
        () => {
          app.dns.fail(v.recordName, 'ENODATA');
        },
        'record_missing',
      ],
      [
        () => {
          app.dns.publish(v.recordName, 'portico-verification=0123456789abcdef0123456789abcdef', 'v=spf1 -all');
        },
        'wrong_value',
      ],
      [
        () => {
          app.dns.fail(v.recordName, 'ETIMEOUT');
        },
        'dns_unavailable',
      ],
      [
        () => {
          app.dns.fail(v.recordName, 'ESERVFAIL');
        },
        'dns_unavailable',
      ],
    ];
    for (const [arrange, problem] of cases) {
      arrange();
      later(60_000);
      const res = await verify(a.token);
      expect(res.errors).toBeUndefined();
      const checked = res.data?.verifyCustomDomain;
      expect(checked).toMatchObject({ status: 'pending', problem, checkedAt: app.clock.now.toISOString(), verifiedAt: null });
      expect(checked?.problemMessage).toEqual(expect.any(String));
      if (problem !== 'dns_unavailable') expect(checked?.problemMessage).toContain(v.recordName);
      expect(await servedAt(domain)).toBeNull();
      expect(await originAccepted(a.cookie, domain)).toBe(false);
    }
    expect(await settings(a.token)).toMatchObject({ status: 'pending', problem: 'dns_unavailable' });
  });

  it('the right record verifies it: the portal, its cookie origin and email links use it', async () => {
    const a = await business();
    const domain = newDomain();
    const v = await claim(a.token, domain);
    if (!v) throw new Error('claim expected');
    publish(v, 'v=spf1 -all');
    const res = await verify(a.token);
    expect(res.errors).toBeUndefined();
    expect(res.data?.verifyCustomDomain).toMatchObject({
      status: 'verified',
      problem: null,
      problemMessage: null,
      checkedAt: TEST_START.toISOString(),
      verifiedAt: TEST_START.toISOString(),
    });
    expect(await servedAt(domain)).toBe(a.tenant.slug);
    expect(await originAccepted(a.cookie, domain)).toBe(true);
    expect(await emailHome(a.tenant.id)).toBe(`http://${domain}`);
  });

  it('the same domain again changes nothing; another one starts over with a new token and the old one stops at once; none removes it', async () => {
    const a = await business();
    const first = newDomain();
    const v = await claim(a.token, first);
    if (!v) throw new Error('claim expected');
    publish(v);
    await verify(a.token);

    // The settings form sends the domain with every save.
    expect(await claim(a.token, `${first.toUpperCase()}.`)).toMatchObject({ status: 'verified', recordValue: v.recordValue });
    expect(await servedAt(first)).toBe(a.tenant.slug);

    const second = newDomain();
    const v2 = await claim(a.token, second);
    expect(v2).toMatchObject({ domain: second, status: 'pending', verifiedAt: null });
    expect(v2?.recordValue).not.toBe(v.recordValue);
    expect(await servedAt(first)).toBeNull();
    expect(await servedAt(second)).toBeNull();
    expect(await emailHome(a.tenant.id)).toBe(`${TEST_ORIGIN}/${a.tenant.slug}`);

    expect(await claim(a.token, null)).toBeNull();
    expect(await settings(a.token)).toBeNull();
    expect((await verify(a.token)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'customDomain' });
  });
});

describe('verifyCustomDomain', () => {
  it('is for owners and admins; dispatchers, technicians, customers and anonymous callers are refused', async () => {
    for (const role of ['owner', 'admin'] as const) {
      const { token } = await business(role);
      const v = await claim(token, newDomain());
      if (!v) throw new Error('claim expected');
      publish(v);
      expect((await verify(token)).data?.verifyCustomDomain.status).toBe('verified');
    }
    const owner = await business();
    const v = await claim(owner.token, newDomain());
    if (!v) throw new Error('claim expected');
    publish(v);
    for (const role of ['dispatcher', 'technician'] as const) {
      const member = await makeStaff(app.owner, owner.tenant.id, role);
      const { token } = await staffToken(app, member);
      expect((await verify(token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const { account } = await makeCustomer(app.owner, owner.tenant.id);
    if (!account) throw new Error('account expected');
    const customer = await app.call('admin', VERIFY, {}, { token: (await customerToken(app, account)).token });
    expect(customer.errors?.[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
    expect((await app.call('admin', VERIFY, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // Not on the portal endpoint at all.
    expect((await app.call('portal', VERIFY, {})).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await settings(owner.token)).toMatchObject({ status: 'pending', checkedAt: null });
  });

  it("checks only the caller's own business: another business's claim is never checked or changed", async () => {
    const a = await business();
    const b = await business();
    const domain = newDomain();
    const va = await claim(a.token, domain);
    if (!va) throw new Error('claim expected');
    publish(va);
    // B has no domain: nothing to check, and A's claim is not B's.
    expect((await verify(b.token)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'customDomain' });
    expect(await settings(a.token)).toMatchObject({ status: 'pending', checkedAt: null });
    expect(await servedAt(domain)).toBeNull();
    expect(await app.owner.customDomain.count({ where: { tenantId: b.tenant.id } })).toBe(0);
  });

  it("row-level security: a scope sees only its own business's claim, and customers none", async () => {
    const a = await business();
    const b = await business();
    await claim(a.token, newDomain());
    await claim(b.token, newDomain());
    const { customer } = await makeCustomer(app.owner, a.tenant.id);
    const staffSees = await withScope(app.db, { tenantId: b.tenant.id, role: 'staff' }, (tx) => tx.customDomain.findMany());
    expect(staffSees.map((c) => c.tenantId)).toEqual([b.tenant.id]);
    for (const role of ['customer', 'public', 'auth'] as const) {
      const rows = await withScope(app.db, { tenantId: a.tenant.id, role, customerId: customer.id }, (tx) => tx.customDomain.findMany());
      expect(rows).toEqual([]);
    }
    const none = await withScope(app.db, { tenantId: b.tenant.id, role: 'staff' }, (tx) =>
      tx.customDomain.updateMany({ where: { tenantId: a.tenant.id }, data: { status: 'verified' } }),
    );
    expect(none.count).toBe(0);
  });

  it('is rate limited per business: 10 checks per 15 minutes', async () => {
    const a = await business();
    await claim(a.token, newDomain());
    for (let i = 0; i < 10; i++) expect((await verify(a.token)).errors).toBeUndefined();
    const limited = await verify(a.token);
    expect(limited.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    // Another business is not slowed down by it.
    const b = await business();
    await claim(b.token, newDomain());
    expect((await verify(b.token)).errors).toBeUndefined();
    later(15 * 60_000);
    expect((await verify(a.token)).errors).toBeUndefined();
  });
});

describe('the worker', () => {
  it('is scheduled hourly', () => {
    expect(schedule).toContainEqual(expect.objectContaining({ task: TASK.customDomainChecks, match: '25 * * * *' }));
    expect(Object.keys(taskList(deps))).toContain(TASK.customDomainChecks);
  });

  it('checks pending domains hourly and verified ones daily, verifies them, and takes back a proof missing for 3 daily checks', async () => {
    const a = await business();
    const domain = newDomain();
    const v = await claim(a.token, domain);
    if (!v) throw new Error('claim expected');
    const only = { tenantIds: [a.tenant.id] };

    expect(await recheckCustomDomains(deps, only)).toMatchObject({ checked: 1, verified: 0 });
    expect(await settings(a.token)).toMatchObject({ status: 'pending', problem: 'record_missing', nextCheckAt: new Date(TEST_START.getTime() + HOUR).toISOString() });
    // Not due again within the hour.
    later(30 * 60_000);
    expect((await recheckCustomDomains(deps, only)).checked).toBe(0);

    publish(v);
    later(30 * 60_000);
    expect(await recheckCustomDomains(deps, only)).toMatchObject({ checked: 1, verified: 1 });
    expect(await servedAt(domain)).toBe(a.tenant.slug);
    const verifiedAt = app.clock.now.toISOString();

    // Verified: the next check is a day later.
    later(HOUR);
    expect((await recheckCustomDomains(deps, only)).checked).toBe(0);

    app.dns.remove(v.recordName);
    for (const day of [1, 2]) {
      later(DAY);
      expect(await recheckCustomDomains(deps, only)).toMatchObject({ checked: 1, lapsed: 0 });
      expect(await app.owner.customDomain.findUniqueOrThrow({ where: { tenantId: a.tenant.id } })).toMatchObject({ status: 'verified', misses: day, problem: 'record_missing' });
      expect(await servedAt(domain)).toBe(a.tenant.slug);
    }
    // Neither is a manual check: only the worker's daily ones count, so clicking cannot take the domain down.
    const { token } = await staffToken(app, await makeStaff(app.owner, a.tenant.id, 'owner'));
    expect((await verify(token)).data?.verifyCustomDomain).toMatchObject({ status: 'verified', problem: 'record_missing' });
    expect((await verify(token)).data?.verifyCustomDomain.status).toBe('verified');
    expect(await app.owner.customDomain.findUniqueOrThrow({ where: { tenantId: a.tenant.id } })).toMatchObject({ status: 'verified', misses: 2 });
    // DNS that does not answer is not a miss.
    app.dns.fail(v.recordName, 'ESERVFAIL');
    later(DAY);
    expect(await recheckCustomDomains(deps, only)).toMatchObject({ checked: 1, lapsed: 0 });
    expect(await app.owner.customDomain.findUniqueOrThrow({ where: { tenantId: a.tenant.id } })).toMatchObject({ status: 'verified', misses: 2, verifiedAt: new Date(verifiedAt) });

    app.dns.remove(v.recordName);
    later(HOUR);
    expect(await recheckCustomDomains(deps, only)).toMatchObject({ checked: 1, lapsed: 1 });
    expect(await app.owner.customDomain.findUniqueOrThrow({ where: { tenantId: a.tenant.id } })).toMatchObject({
      status: 'pending',
      misses: 0,
      problem: 'record_missing',
      verifiedAt: null,
    });
    expect(await servedAt(domain)).toBeNull();
    expect(await emailHome(a.tenant.id)).toBe(`${TEST_ORIGIN}/${a.tenant.slug}`);

    // Published again: verified again on the next hourly check.
    publish(v);
    later(HOUR);
    expect(await recheckCustomDomains(deps, only)).toMatchObject({ checked: 1, verified: 1 });
    expect(await servedAt(domain)).toBe(a.tenant.slug);
  });

  it('gives up after 7 days pending (failed); Check now still verifies it', async () => {
    const a = await business();
    const domain = newDomain();
    const v = await claim(a.token, domain);
    if (!v) throw new Error('claim expected');
    const only = { tenantIds: [a.tenant.id] };
    later(7 * DAY);
    expect(await recheckCustomDomains(deps, only)).toMatchObject({ checked: 1, failed: 1 });
    const failed = await app.owner.customDomain.findUniqueOrThrow({ where: { tenantId: a.tenant.id } });
    expect(failed).toMatchObject({ status: 'failed', problem: 'record_missing', nextCheckAt: null });
    later(30 * DAY);
    expect((await recheckCustomDomains(deps, only)).checked).toBe(0);

    publish(v);
    const { token } = await staffToken(app, await makeStaff(app.owner, a.tenant.id, 'owner'));
    expect((await verify(token)).data?.verifyCustomDomain).toMatchObject({ status: 'verified', problem: null });
    expect(await servedAt(domain)).toBe(a.tenant.slug);
  });

  it('does not verify a domain another business proved first', async () => {
    const a = await business();
    const b = await business();
    const domain = newDomain();
    const va = await claim(a.token, domain);
    const vb = await claim(b.token, domain);
    if (!va || !vb) throw new Error('claims expected');
    publish(va, vb.recordValue);
    expect((await verify(a.token)).data?.verifyCustomDomain.status).toBe('verified');
    expect(await recheckCustomDomains(deps, { tenantIds: [b.tenant.id] })).toMatchObject({ checked: 1, verified: 0 });
    expect(await settings(b.token)).toMatchObject({ status: 'pending', problem: 'domain_taken' });
    expect(await servedAt(domain)).toBe(a.tenant.slug);
  });
});

describe('the proof record', () => {
  it('is found among other TXT records, split in strings or quoted; only the exact value counts', async () => {
    const dns = new TestDns();
    const token = '0123456789abcdef0123456789abcdef';
    const name = '_portico-verification.portal.example.com';
    dns.publish(name, 'v=spf1 -all', `"portico-verification=${token}"`);
    expect(await checkProof(dns, 'portal.example.com', token)).toEqual({ found: true });
    const split = { resolveTxt: () => Promise.resolve([['portico-verification=', token]]) };
    expect(await checkProof(split, 'portal.example.com', token)).toEqual({ found: true });
    dns.publish(name, `portico-verification=${token}x`, `portico-verification=${token.toUpperCase()}`);
    expect(await checkProof(dns, 'portal.example.com', token)).toEqual({ found: false, problem: 'wrong_value' });
    const broken = { resolveTxt: () => Promise.reject(new Error('socket hang up')) };
    expect(await checkProof(broken, 'portal.example.com', token)).toEqual({ found: false, problem: 'dns_unavailable' });
    expect(dns.queries.every((q) => q === name)).toBe(true);
  });
});
