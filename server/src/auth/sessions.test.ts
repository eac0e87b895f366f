// Signed-in sessions as their owners see and manage them, on both endpoints, against the real
// database: device names, lastSeenAt and its throttle, "sign out all other sessions", the
// tenant's idle limits (request check, listing, settings, housekeeping) and who can reach what.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Endpoint } from '../context/principal.js';
import { fromNewAddress, startTestApp, TEST_START, type TestApp } from '../test/app.js';
import { customerToken, makeCustomer, makeStaff, makeTenant, staffToken } from '../test/factory.js';
import { runHousekeeping } from '../worker/housekeeping.js';
import { deviceNames } from './device-names.js';
import { hashPassword } from './passwords.js';
import { sessionIdleUpdate } from './session-idle-limit.js';

const CHROME_LINUX = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const SAFARI_IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const FIREFOX_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
const EDGE_MAC = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const SESSIONS = '{ sessions { id current browser os device deviceType lastSeenAt userAgent } }';
const SIGN_OUT_OTHERS = 'mutation { signOutOtherSessions { endedCount sessions { id current browser os } } }';
const ME: Record<Endpoint, string> = { portal: '{ me { id } }', admin: '{ me { id } }' };
const UPDATE = 'mutation($input: TenantSettingsInput!) { updateTenantSettings(input: $input) { customerSessionIdleDays staffSessionIdleHours } }';

interface SessionRow {
  id: string;
  current: boolean;
  browser: string | null;
  os: string | null;
  device: string | null;
  deviceType: string;
  lastSeenAt: string;
  userAgent: string | null;
}

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterEach(() => {
  app.clock.now = new Date(TEST_START);
});
afterAll(() => app.close());

const at = (ms: number) => {
  app.clock.now = new Date(TEST_START.getTime() + ms);
};

async function activeCustomer(tenantId: string, options: { email?: string; passwordHash?: string } = {}) {
  const { customer, account } = await makeCustomer(app.owner, tenantId, options);
  if (!account) throw new Error('the factory made no portal account');
  return { customer, account };
}

async function withAgent(tenantId: string, sessionId: string, userAgent: string) {
  await app.owner.session.update({ where: { tenantId_id: { tenantId, id: sessionId } }, data: { userAgent } });
}

async function sessions(endpoint: Endpoint, token: string) {
  const res = await app.call<{ sessions: SessionRow[] }>(endpoint, SESSIONS, {}, { token });
  expect(res.errors).toBeUndefined();
  return res.data?.sessions ?? [];
}

async function works(endpoint: Endpoint, token: string): Promise<string | undefined> {
  const res = await app.call(endpoint, ME[endpoint], {}, { token });
  if (!res.errors) return 'ok';
  return String((res.errors[0]?.extensions?.reason as string | undefined) ?? res.errors[0]?.extensions?.code);
}

async function lastSeen(tenantId: string, id: string) {
  return (await app.owner.session.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id } } })).lastSeenAt;
}

describe('device names', () => {
  it('names browser, system and device from the User-Agent header', () => {
    expect(deviceNames(CHROME_LINUX)).toEqual({ browser: 'Chrome', os: 'Linux', device: null, deviceType: 'desktop' });
    expect(deviceNames(SAFARI_IPHONE)).toEqual({ browser: 'Safari', os: 'iOS', device: 'iPhone', deviceType: 'mobile' });
    expect(deviceNames(FIREFOX_WINDOWS)).toMatchObject({ browser: 'Firefox', os: 'Windows', deviceType: 'desktop' });
    expect(deviceNames(EDGE_MAC)).toMatchObject({ browser: 'Microsoft Edge', os: 'macOS' });
  });

  it('an empty or missing header names nothing, and odd ones do not throw', () => {
    const unknown = { browser: null, os: null, device: null, deviceType: 'unknown' };
    expect(deviceNames(null)).toEqual(unknown);
    expect(deviceNames('   ')).toEqual(unknown);
    expect(() => deviceNames('x'.repeat(10_000))).not.toThrow();
    expect(deviceNames('curl/8.5.0').os).toBeNull();
  });
});

describe('idle limit settings rule', () => {
  it('takes whole numbers within the bounds and names the field of one that is not', () => {
    expect(sessionIdleUpdate({ customerSessionIdleDays: 1, staffSessionIdleHours: 168 })).toEqual({ customerSessionIdleDays: 1, staffSessionIdleHours: 168 });
    expect(sessionIdleUpdate({ customerSessionIdleDays: null })).toEqual({});
    for (const bad of [0, 31, 2.5, -1]) expect(() => sessionIdleUpdate({ customerSessionIdleDays: bad })).toThrow(/between 1 and 30 days/);
    for (const bad of [0, 169]) expect(() => sessionIdleUpdate({ staffSessionIdleHours: bad })).toThrow(/between 1 and 168 hours/);
  });
});

describe('listing sessions', () => {
  it('a password sign-in keeps its browser: the list names it, the current session first, then the others by last use', async () => {
    const tenant = await makeTenant(app.owner);
    const passwordHash = await hashPassword('correct-horse-42');
    const { account } = await activeCustomer(tenant.id, { passwordHash });
    const older = await customerToken(app, account);
    await withAgent(tenant.id, older.sessionId, SAFARI_IPHONE);
    at(10 * MINUTE);
    const newer = await customerToken(app, account);
    await withAgent(tenant.id, newer.sessionId, FIREFOX_WINDOWS);
    at(20 * MINUTE);
    const login = await app.call<{ login: { token: string } }>(
      'portal',
      'mutation($input: LoginInput!) { login(input: $input) { token } }',
      { input: { tenantSlug: tenant.slug, email: account.email, password: 'correct-horse-42' } },
      { headers: { ...fromNewAddress().headers, 'user-agent': CHROME_LINUX } },
    );
    expect(login.errors).toBeUndefined();
    at(30 * MINUTE);
    const list = await sessions('portal', login.data?.login.token ?? '');
    expect(list.map((s) => [s.current, s.browser, s.os, s.device, s.deviceType])).toEqual([
      [true, 'Chrome', 'Linux', null, 'DESKTOP'],
      [false, 'Firefox', 'Windows', null, 'DESKTOP'],
      [false, 'Safari', 'iOS', 'iPhone', 'MOBILE'],
    ]);
    expect(list.map((s) => s.id).slice(1)).toEqual([newer.sessionId, older.sessionId]);
  });

  it('lastSeenAt moves when a session is used, at most once every five minutes, in the same one statement', async () => {
    const tenant = await makeTenant(app.owner);
    const { account } = await activeCustomer(tenant.id);
    const me = await customerToken(app, account);
    const count = async () => {
      app.statements.length = 0;
      expect(await works('portal', me.token)).toBe('ok');
      return app.statements.length;
    };
    const quiet = await count();
    expect((await lastSeen(tenant.id, me.sessionId)).toISOString()).toBe(TEST_START.toISOString());
    at(4 * MINUTE);
    expect(await count()).toBe(quiet);
    expect((await lastSeen(tenant.id, me.sessionId)).toISOString()).toBe(TEST_START.toISOString());
    at(5 * MINUTE + 1000);
    expect(await count()).toBe(quiet);
    expect((await lastSeen(tenant.id, me.sessionId)).toISOString()).toBe(app.clock.now.toISOString());
    at(7 * MINUTE);
    await works('portal', me.token);
    expect((await lastSeen(tenant.id, me.sessionId)).getTime()).toBe(TEST_START.getTime() + 5 * MINUTE + 1000);
  });
});

describe('signing out all other sessions', () => {
  it('a customer keeps only this session; the others stop working at once; other customers and tenants keep theirs', async () => {
    const tenant = await makeTenant(app.owner);
    const elsewhere = await makeTenant(app.owner);
    const { account } = await activeCustomer(tenant.id);
    const stranger = await activeCustomer(tenant.id);
    // The same email at another business is another account.
    const twin = await activeCustomer(elsewhere.id, { email: account.email });
    const me = await customerToken(app, account);
    const phone = await customerToken(app, account);
    const laptop = await customerToken(app, account);
    const theirs = await customerToken(app, stranger.account);
    const twins = await customerToken(app, twin.account);
    // Ended earlier: not counted again.
    const ended = await customerToken(app, account);
    await app.owner.session.update({ where: { tenantId_id: { tenantId: tenant.id, id: ended.sessionId } }, data: { revokedAt: TEST_START } });

    const res = await app.call<{ signOutOtherSessions: { endedCount: number; sessions: { id: string; current: boolean }[] } }>('portal', SIGN_OUT_OTHERS, {}, { token: me.token });
    expect(res.errors).toBeUndefined();
    expect(res.data?.signOutOtherSessions.endedCount).toBe(2);
    expect(res.data?.signOutOtherSessions.sessions.map((s) => [s.id, s.current])).toEqual([[me.sessionId, true]]);

    expect(await works('portal', phone.token)).toBe('UNAUTHENTICATED');
    expect(await works('portal', laptop.token)).toBe('UNAUTHENTICATED');
    expect(await works('portal', me.token)).toBe('ok');
    expect(await works('portal', theirs.token)).toBe('ok');
    expect(await works('portal', twins.token)).toBe('ok');
    expect((await sessions('portal', me.token)).map((s) => s.id)).toEqual([me.sessionId]);
    expect((await sessions('portal', theirs.token)).map((s) => s.id)).toEqual([theirs.sessionId]);
    const logged = await app.owner.activityLog.findMany({ where: { tenantId: tenant.id, action: 'auth.other_sessions_revoked' } });
    expect(logged).toHaveLength(1);
  });

  it('a member of staff keeps only this session; colleagues and the same person elsewhere keep theirs', async () => {
    const tenant = await makeTenant(app.owner);
    const elsewhere = await makeTenant(app.owner);
    const tech = await makeStaff(app.owner, tenant.id, 'technician');
    const owner = await makeStaff(app.owner, tenant.id, 'owner');
    const otherTenantStaff = await makeStaff(app.owner, elsewhere.id, 'owner');
    const me = await staffToken(app, tech);
    const tablet = await staffToken(app, tech);
    const colleague = await staffToken(app, owner);
    const foreign = await staffToken(app, otherTenantStaff);

    const res = await app.call<{ signOutOtherSessions: { endedCount: number; sessions: { id: string }[] } }>('admin', SIGN_OUT_OTHERS, {}, { token: me.token });
    expect(res.errors).toBeUndefined();
    expect(res.data?.signOutOtherSessions).toEqual({ endedCount: 1, sessions: [{ id: me.sessionId, current: true, browser: null, os: null }] });
    expect(await works('admin', tablet.token)).toBe('UNAUTHENTICATED');
    expect(await works('admin', me.token)).toBe('ok');
    expect(await works('admin', colleague.token)).toBe('ok');
    expect(await works('admin', foreign.token)).toBe('ok');
    // Nothing left to end: zero, and nothing logged.
    const again = await app.call<{ signOutOtherSessions: { endedCount: number } }>('admin', SIGN_OUT_OTHERS, {}, { token: me.token });
    expect(again.data?.signOutOtherSessions.endedCount).toBe(0);
  });

  it('needs a signed-in caller of that side: anonymous callers and the other kind of token are refused', async () => {
    const tenant = await makeTenant(app.owner);
    const { account } = await activeCustomer(tenant.id);
    const staff = await makeStaff(app.owner, tenant.id, 'owner');
    const customer = await customerToken(app, account);
    const member = await staffToken(app, staff);
    for (const endpoint of ['portal', 'admin'] as const) {
      const anonymous = await app.call(endpoint, SIGN_OUT_OTHERS);
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect((await app.call('admin', SIGN_OUT_OTHERS, {}, { token: customer.token })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.call('portal', SIGN_OUT_OTHERS, {}, { token: member.token })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await works('portal', customer.token)).toBe('ok');
    expect(await works('admin', member.token)).toBe('ok');
  });
});

describe('idle sessions', () => {
  it("a customer's session unused past the tenant's days ends with reason SESSION_IDLE; another tenant's default of 30 days keeps its own", async () => {
    const strict = await makeTenant(app.owner);
    await app.owner.tenant.update({ where: { id: strict.id }, data: { customerSessionIdleDays: 2 } });
    const relaxed = await makeTenant(app.owner);
    const strictCustomer = await activeCustomer(strict.id);
    const relaxedCustomer = await activeCustomer(relaxed.id);
    const a = await customerToken(app, strictCustomer.account, new Date(TEST_START.getTime() + 60 * DAY));
    const b = await customerToken(app, relaxedCustomer.account, new Date(TEST_START.getTime() + 60 * DAY));

    // Used just inside the limit: it works, and the use restarts the count.
    at(2 * DAY - MINUTE);
    expect(await works('portal', a.token)).toBe('ok');
    at(4 * DAY - 2 * MINUTE);
    expect(await works('portal', a.token)).toBe('ok');
    at(6 * DAY);
    const refused = await app.call('portal', ME.portal, {}, { token: a.token });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_IDLE' });
    expect(refused.errors?.[0]?.message).toMatch(/inactivity/);
    // Refused is refused: no later use brings it back.
    expect((await lastSeen(strict.id, a.sessionId)).getTime()).toBe(TEST_START.getTime() + 4 * DAY - 2 * MINUTE);
    expect(await works('portal', b.token)).toBe('ok');
    at(30 * DAY + 6 * DAY + MINUTE);
    expect(await works('portal', b.token)).toBe('SESSION_IDLE');
  });

  it("a staff session ends after 12 idle hours by default, or the tenant's own hours; a revoked session still says it ended", async () => {
    const standard = await makeTenant(app.owner);
    const strict = await makeTenant(app.owner);
    await app.owner.tenant.update({ where: { id: strict.id }, data: { staffSessionIdleHours: 1 } });
    const member = await staffToken(app, await makeStaff(app.owner, standard.id, 'dispatcher'), new Date(TEST_START.getTime() + 7 * DAY));
    const strictMember = await staffToken(app, await makeStaff(app.owner, strict.id, 'owner'));
    at(59 * MINUTE);
    expect(await works('admin', strictMember.token)).toBe('ok');
    at(59 * MINUTE + HOUR + MINUTE);
    expect(await works('admin', strictMember.token)).toBe('SESSION_IDLE');
    at(11 * HOUR);
    expect(await works('admin', member.token)).toBe('ok');
    at(23 * HOUR - MINUTE);
    expect(await works('admin', member.token)).toBe('ok');
    at(35 * HOUR);
    expect(await works('admin', member.token)).toBe('SESSION_IDLE');

    const revoked = await staffToken(app, await makeStaff(app.owner, standard.id, 'owner'));
    await app.owner.session.update({ where: { tenantId_id: { tenantId: standard.id, id: revoked.sessionId } }, data: { revokedAt: app.clock.now } });
    const res = await app.call('admin', ME.admin, {}, { token: revoked.token });
    expect(res.errors?.[0]?.extensions?.reason).toBeUndefined();
    expect(res.errors?.[0]?.message).toMatch(/session has ended/);
  });

  it('idle sessions are neither listed nor counted by "sign out all others", and housekeeping deletes them', async () => {
    const tenant = await makeTenant(app.owner);
    const { account } = await activeCustomer(tenant.id);
    const staff = await makeStaff(app.owner, tenant.id, 'owner');
    const forgotten = await customerToken(app, account, new Date(TEST_START.getTime() + 60 * DAY));
    const forgottenStaff = await staffToken(app, staff, new Date(TEST_START.getTime() + 60 * DAY));
    at(30 * DAY + HOUR);
    const me = await customerToken(app, account);
    const recentStaff = await staffToken(app, staff);
    expect((await sessions('portal', me.token)).map((s) => s.id)).toEqual([me.sessionId]);
    expect((await sessions('admin', recentStaff.token)).map((s) => s.id)).toEqual([recentStaff.sessionId]);
    const res = await app.call<{ signOutOtherSessions: { endedCount: number } }>('portal', SIGN_OUT_OTHERS, {}, { token: me.token });
    expect(res.data?.signOutOtherSessions.endedCount).toBe(0);

    const result = await runHousekeeping({ ...app.deps, owner: app.owner }, { tenantIds: [tenant.id] });
    expect(result.sessions).toBe(2);
    const left = await app.owner.session.findMany({ where: { tenantId: tenant.id }, select: { id: true } });
    expect(left.map((s) => s.id).sort()).toEqual([me.sessionId, recentStaff.sessionId].sort());
    expect(left.map((s) => s.id)).not.toContain(forgotten.sessionId);
    expect(left.map((s) => s.id)).not.toContain(forgottenStaff.sessionId);
  });
});

describe('idle limit settings', () => {
  it('owners and admins read and change them within bounds; out of bounds names the field and changes nothing', async () => {
    const tenant = await makeTenant(app.owner);
    const admin = await staffToken(app, await makeStaff(app.owner, tenant.id, 'admin'));
    const read = await app.call<{ tenantSettings: { customerSessionIdleDays: number; staffSessionIdleHours: number } }>(
      'admin',
      '{ tenantSettings { customerSessionIdleDays staffSessionIdleHours } }',
      {},
      { token: admin.token },
    );
    expect(read.data?.tenantSettings).toEqual({ customerSessionIdleDays: 30, staffSessionIdleHours: 12 });
    const saved = await app.call<{ updateTenantSettings: unknown }>('admin', UPDATE, { input: { customerSessionIdleDays: 7, staffSessionIdleHours: 2 } }, { token: admin.token });
    expect(saved.data?.updateTenantSettings).toEqual({ customerSessionIdleDays: 7, staffSessionIdleHours: 2 });
    for (const [input, field] of [
      [{ customerSessionIdleDays: 0 }, 'customerSessionIdleDays'],
      [{ customerSessionIdleDays: 31 }, 'customerSessionIdleDays'],
      [{ staffSessionIdleHours: 169 }, 'staffSessionIdleHours'],
      [{ staffSessionIdleHours: 4, customerSessionIdleDays: -3 }, 'customerSessionIdleDays'],
    ] as const) {
      const res = await app.call('admin', UPDATE, { input }, { token: admin.token });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const stored = await app.owner.tenant.findUniqueOrThrow({ where: { id: tenant.id } });
    expect([stored.customerSessionIdleDays, stored.staffSessionIdleHours]).toEqual([7, 2]);
  });

  it('dispatchers, technicians, customers and other tenants cannot read or change them', async () => {
    const tenant = await makeTenant(app.owner);
    const elsewhere = await makeTenant(app.owner);
    for (const role of ['dispatcher', 'technician'] as const) {
      const { token } = await staffToken(app, await makeStaff(app.owner, tenant.id, role));
      expect((await app.call('admin', UPDATE, { input: { staffSessionIdleHours: 1 } }, { token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await app.call('admin', '{ tenantSettings { staffSessionIdleHours } }', {}, { token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const customer = await customerToken(app, (await activeCustomer(tenant.id)).account);
    const portalTry = await app.call('portal', UPDATE, { input: { staffSessionIdleHours: 1 } }, { token: customer.token });
    // The portal's schema has no such mutation at all.
    expect(portalTry.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(portalTry.data ?? null).toBeNull();
    // An owner elsewhere changes only their own business.
    const foreignOwner = await staffToken(app, await makeStaff(app.owner, elsewhere.id, 'owner'));
    await app.call('admin', UPDATE, { input: { staffSessionIdleHours: 1 } }, { token: foreignOwner.token });
    const stored = await app.owner.tenant.findUniqueOrThrow({ where: { id: tenant.id } });
    expect(stored.staffSessionIdleHours).toBe(12);
  });
});
