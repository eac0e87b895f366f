// Customers signing in to the portal, end to end through /graphql/portal against the real
// database: sign-up, password, magic link, reset, sessions, limits and token checks.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fromNewAddress, startTestApp, TEST_START, TEST_ORIGIN, type CallOptions, type TestApp } from '../test/app.js';
import { customerToken, makeCustomer, makeStaff, makeTenant, staffToken } from '../test/factory.js';
import { useMailbox } from '../test/mailbox.js';
import { readConfig } from '../config.js';
import { hashPassword } from './passwords.js';
import { signAccessToken } from './tokens.js';

const PASSWORD = 'correct-horse-42';
const OTHER_PASSWORD = 'battery-staple-77';

let app: TestApp;
/** argon2 costs ~100 ms: one hash, shared by the accounts the factory creates. */
let passwordHash: string;

beforeAll(async () => {
  app = await startTestApp();
  passwordHash = await hashPassword(PASSWORD);
});
afterEach(() => {
  app.clock.now = new Date(TEST_START);
});
afterAll(() => app.close());

const SIGNED_IN = 'token expiresAt customer { id name email locale tenantSlug }';
const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { ${SIGNED_IN} } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { ${SIGNED_IN} } }`;
const REQUEST_MAGIC_LINK = 'mutation($input: EmailLinkRequestInput!) { requestMagicLink(input: $input) }';
const MAGIC_LOGIN = `mutation($input: MagicLinkLoginInput!) { loginWithMagicLink(input: $input) { ${SIGNED_IN} } }`;
const REQUEST_RESET = 'mutation($input: EmailLinkRequestInput!) { requestPasswordReset(input: $input) }';
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { ${SIGNED_IN} } }`;
const ME = '{ me { id email } }';
const SESSIONS = '{ sessions { id current createdAt lastSeenAt userAgent } }';

interface SignIn {
  token: string;
  expiresAt: string;
  customer: { id: string; name: string; email: string; locale: string; tenantSlug: string };
}

async function login(slug: string, email: string, password: string, options: CallOptions = fromNewAddress()) {
  return app.call<{ login: SignIn }>('portal', LOGIN, { input: { tenantSlug: slug, email, password } }, options);
}

async function me(token: string) {
  return app.call<{ me: { id: string } }>('portal', ME, {}, { token });
}

async function activeCustomer(tenantId: string, options: { email?: string } = {}) {
  const { customer, account } = await makeCustomer(app.owner, tenantId, { ...options, passwordHash });
  if (!account) throw new Error('the factory made no portal account');
  return { customer, account };
}

/** Emails to `to`, once the queue has run: sign-in links are written by a background job. */
async function emailsTo(tenantId: string, to: string) {
  await app.drainJobs([tenantId]);
  return app.owner.outboxEmail.findMany({ where: { tenantId, toAddress: to }, orderBy: { createdAt: 'asc' } });
}

function tokenIn(text: string, path: string): string {
  const match = new RegExp(`${path.replaceAll('/', '\\/').replaceAll('?', '\\?')}\\?token=([A-Za-z0-9_-]+)`).exec(text);
  if (!match?.[1]) throw new Error(`no ${path} link in:\n${text}`);
  return match[1];
}

describe('registration', () => {
  it('a visitor registers where sign-ups are open, is signed in at once and gets an HttpOnly cookie', async () => {
    const tenant = await makeTenant(app.owner, { selfRegistration: true });
    const res = await app.call<{ register: SignIn }>(
      'portal',
      REGISTER,
      { input: { tenantSlug: tenant.slug, name: 'Ada Lovelace', email: 'ada@example.com', password: PASSWORD, locale: 'fr' } },
      fromNewAddress(),
    );
    expect(res.errors).toBeUndefined();
    const signIn = res.data?.register;
    expect(signIn?.customer).toMatchObject({ name: 'Ada Lovelace', email: 'ada@example.com', locale: 'fr', tenantSlug: tenant.slug });
    expect(new Date(signIn?.expiresAt ?? 0).getTime()).toBe(TEST_START.getTime() + 30 * 86_400_000);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/portico_portal_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect((await me(signIn?.token ?? '')).data?.me.id).toBe(signIn?.customer.id);
    const account = await app.owner.portalAccount.findFirst({ where: { tenantId: tenant.id, email: 'ada@example.com' } });
    expect(account?.status).toBe('active');
    expect(account?.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('a business that takes no sign-ups answers FORBIDDEN and creates nothing', async () => {
    const tenant = await makeTenant(app.owner, { selfRegistration: false });
    const res = await app.call('portal', REGISTER, { input: { tenantSlug: tenant.slug, name: 'Eve', email: 'eve@example.com', password: PASSWORD } }, fromNewAddress());
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(res.errors?.[0]?.message).toMatch(/invite/);
    expect(await app.owner.customer.count({ where: { tenantId: tenant.id } })).toBe(0);
  });

  it('an email that is already a customer here is a CONFLICT that suggests signing in or resetting', async () => {
    const tenant = await makeTenant(app.owner);
    await makeCustomer(app.owner, tenant.id, { email: 'taken@example.com', withAccount: false });
    const res = await app.call('portal', REGISTER, { input: { tenantSlug: tenant.slug, name: 'Taken', email: 'TAKEN@example.com', password: PASSWORD } }, fromNewAddress());
    expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(res.errors?.[0]?.message).toMatch(/sign in/i);
    expect(res.errors?.[0]?.message).toMatch(/reset your password/i);
    expect(await app.owner.customer.count({ where: { tenantId: tenant.id } })).toBe(1);
  });

  it('two sign-ups with one email at the same moment create one account; the other is a CONFLICT', async () => {
    const tenant = await makeTenant(app.owner);
    const input = { tenantSlug: tenant.slug, name: 'Twin', email: `twin-${randomUUID()}@example.com`, password: PASSWORD };
    const results = await Promise.all([0, 1, 2].map(() => app.call('portal', REGISTER, { input }, fromNewAddress())));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(2);
    expect(await app.owner.customer.count({ where: { tenantId: tenant.id } })).toBe(1);
  });

  const badInputs: [string, Record<string, string>, string][] = [
    ['a weak password', { password: 'password' }, 'password'],
    ['a password without a digit', { password: 'no-digits-at-all' }, 'password'],
    ['a malformed email', { email: 'not-an-email' }, 'email'],
    ['an oversize name', { name: 'x'.repeat(201) }, 'name'],
    ['an oversize email', { email: `${'a'.repeat(250)}@example.com` }, 'email'],
    ['an oversize password', { password: `a1${'b'.repeat(199)}` }, 'password'],
    ['a blank name', { name: '   ' }, 'name'],
  ];
  for (const [what, change, field] of badInputs) {
    it(`${what} is BAD_USER_INPUT naming ${field}, and creates nothing`, async () => {
      const tenant = await makeTenant(app.owner);
      const input = { tenantSlug: tenant.slug, name: 'Grace Hopper', email: 'grace@example.com', password: PASSWORD, ...change };
      const res = await app.call('portal', REGISTER, { input }, fromNewAddress());
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(res.data ?? null).toBeNull();
      expect(await app.owner.customer.count({ where: { tenantId: tenant.id } })).toBe(0);
      expect(await app.owner.portalAccount.count({ where: { tenantId: tenant.id } })).toBe(0);
    });
  }

  it('the email a valid address must be is said in the message', async () => {
    const tenant = await makeTenant(app.owner);
    const res = await app.call('portal', REGISTER, { input: { tenantSlug: tenant.slug, name: 'G', email: 'nope', password: PASSWORD } }, fromNewAddress());
    expect(res.errors?.[0]?.message).toBe('Enter a valid email address.');
  });

  it('one email registered at two businesses gives two independent accounts', async () => {
    const first = await makeTenant(app.owner);
    const second = await makeTenant(app.owner);
    const email = `both-${randomUUID()}@example.com`;
    const a = await app.call<{ register: SignIn }>('portal', REGISTER, { input: { tenantSlug: first.slug, name: 'At First', email, password: PASSWORD } }, fromNewAddress());
    const b = await app.call<{ register: SignIn }>(
      'portal',
      REGISTER,
      { input: { tenantSlug: second.slug, name: 'At Second', email, password: OTHER_PASSWORD } },
      fromNewAddress(),
    );
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(a.data?.register.customer.id).not.toBe(b.data?.register.customer.id);
    // Each password opens its own account only.
    expect((await login(first.slug, email, PASSWORD)).data?.login.customer.name).toBe('At First');
    expect((await login(first.slug, email, OTHER_PASSWORD)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await login(second.slug, email, OTHER_PASSWORD)).data?.login.customer.name).toBe('At Second');
    // A token of one business does not open the other's data: it names its own customer.
    const token = a.data?.register.token ?? '';
    expect((await me(token)).data?.me.id).toBe(a.data?.register.customer.id);
  });
});

describe('password sign-in', () => {
  it('the right password signs in, records the sign-in and sets the cookie', async () => {
    const tenant = await makeTenant(app.owner);
    const { account, customer } = await activeCustomer(tenant.id);
    const res = await login(tenant.slug, account.email, PASSWORD, { headers: { ...fromNewAddress().headers, 'user-agent': 'TestBrowser/1.0' } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.login.customer.id).toBe(customer.id);
    expect(res.headers.get('set-cookie')).toMatch(/portico_portal_session=/);
    const session = await app.owner.session.findFirst({ where: { tenantId: tenant.id, portalAccountId: account.id } });
    expect(session?.userAgent).toBe('TestBrowser/1.0');
    expect(session?.ip).toMatch(/^2001:db8:/);
    const log = await app.owner.activityLog.findFirst({ where: { tenantId: tenant.id, action: 'auth.login' } });
    expect(log).toMatchObject({ actorType: 'customer', actorId: customer.id, customerId: customer.id });
  });

  it('a wrong password and an unknown email get the same UNAUTHENTICATED answer', async () => {
    const tenant = await makeTenant(app.owner);
    const { account } = await activeCustomer(tenant.id);
    const wrong = await login(tenant.slug, account.email, OTHER_PASSWORD);
    const unknown = await login(tenant.slug, 'nobody@example.com', PASSWORD);
    const unknownTenant = await login('no-such-business', account.email, PASSWORD);
    for (const res of [wrong, unknown, unknownTenant]) {
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.errors?.[0]?.message).toBe('The email or password is not correct.');
      expect(res.data ?? null).toBeNull();
      expect(res.headers.get('set-cookie')).toBeNull();
    }
    expect(await app.owner.activityLog.count({ where: { tenantId: tenant.id, action: 'auth.login_failed' } })).toBe(2);
  });

  it('a deactivated or invited account cannot sign in, with the same answer', async () => {
    const tenant = await makeTenant(app.owner);
    const { account: deactivated } = await activeCustomer(tenant.id);
    const { account: invited } = await activeCustomer(tenant.id);
    await app.owner.portalAccount.update({ where: { tenantId_id: { tenantId: tenant.id, id: deactivated.id } }, data: { status: 'deactivated' } });
    await app.owner.portalAccount.update({ where: { tenantId_id: { tenantId: tenant.id, id: invited.id } }, data: { status: 'invited' } });
    for (const email of [deactivated.email, invited.email]) {
      const res = await login(tenant.slug, email, PASSWORD);
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.errors?.[0]?.message).toBe('The email or password is not correct.');
    }
  });

  it('the 6th failed attempt is RATE_LIMITED even with the right password, and it recovers after the window', async () => {
    const tenant = await makeTenant(app.owner);
    const { account } = await activeCustomer(tenant.id);
    for (let i = 0; i < 5; i++) {
      const res = await login(tenant.slug, account.email, `wrong-password-${i}`);
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const limited = await login(tenant.slug, account.email.toUpperCase(), PASSWORD);
    expect(limited.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(limited.errors?.[0]?.extensions?.retryAfterSeconds).toBe(15 * 60);
    app.clock.now = new Date(TEST_START.getTime() + 15 * 60_000);
    const later = await login(tenant.slug, account.email, PASSWORD);
    expect(later.errors).toBeUndefined();
    expect(later.data?.login.customer.email).toBe(account.email);
  });

  it('one client address is limited to 30 attempts per 15 minutes, whatever the accounts', async () => {
    const tenant = await makeTenant(app.owner);
    const from = fromNewAddress();
    const attempts = await Promise.all(Array.from({ length: 31 }, (_, i) => login(tenant.slug, `guess-${i}@example.com`, 'whatever-1', from)));
    const codes = attempts.map((r) => r.errors?.[0]?.extensions?.code);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(30);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(1);
  });

  it('a deployment sets its own per-address limit (SIGN_INS_PER_ADDRESS)', async () => {
    const strict = await startTestApp({ signInsPerAddress: 3 });
    try {
      const tenant = await makeTenant(strict.owner);
      const from = fromNewAddress();
      const codes: unknown[] = [];
      for (let i = 0; i < 4; i++) {
        const res = await strict.call('portal', LOGIN, { input: { tenantSlug: tenant.slug, email: `guess-${i}@example.com`, password: 'whatever-1' } }, from);
        codes.push(res.errors?.[0]?.extensions?.code);
      }
      expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED']);
    } finally {
      await strict.close();
    }
    expect(() => readConfig({ DATABASE_URL: 'postgres://x', APP_DATABASE_URL: 'postgres://y', SIGN_INS_PER_ADDRESS: 'lots' })).toThrow(/SIGN_INS_PER_ADDRESS/);
  });
});

describe('magic link', () => {
  it('emails a link that signs in once; a second use fails', async () => {
    const tenant = await makeTenant(app.owner);
    const { account, customer } = await activeCustomer(tenant.id);
    const asked = await app.call<{ requestMagicLink: boolean }>('portal', REQUEST_MAGIC_LINK, { input: { tenantSlug: tenant.slug, email: account.email } }, fromNewAddress());
    expect(asked.data?.requestMagicLink).toBe(true);
    const [email] = await emailsTo(tenant.id, account.email);
    expect(email?.customerId).toBe(customer.id);
    const token = tokenIn(email?.text ?? '', `${TEST_ORIGIN}/${tenant.slug}/login/magic`);
    // Only the hash is stored.
    expect(await app.owner.oneTimeToken.count({ where: { tenantId: tenant.id, tokenHash: token } })).toBe(0);

    const first = await app.call<{ loginWithMagicLink: SignIn }>('portal', MAGIC_LOGIN, { input: { tenantSlug: tenant.slug, token } });
    expect(first.errors).toBeUndefined();
    expect(first.data?.loginWithMagicLink.customer.id).toBe(customer.id);
    expect((await me(first.data?.loginWithMagicLink.token ?? '')).data?.me.id).toBe(customer.id);

    const second = await app.call('portal', MAGIC_LOGIN, { input: { tenantSlug: tenant.slug, token } });
    expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
  });

  it('sends a business with its own domain a link to that domain, which signs in', async () => {
    const tenant = await makeTenant(app.owner);
    const domain = `portal.${tenant.slug}.example`;
    await app.owner.tenant.update({ where: { id: tenant.id }, data: { customDomain: domain } });
    const { account, customer } = await activeCustomer(tenant.id);
    await app.call('portal', REQUEST_MAGIC_LINK, { input: { tenantSlug: tenant.slug, email: account.email } }, fromNewAddress());
    const [email] = await emailsTo(tenant.id, account.email);
    // Same scheme as PORTAL_URL; the domain's pages sit at its root, without the slug.
    const token = tokenIn(email?.text ?? '', `http://${domain}/login/magic`);
    const signedIn = await app.call<{ loginWithMagicLink: SignIn }>('portal', MAGIC_LOGIN, { input: { tenantSlug: tenant.slug, token } });
    expect(signedIn.data?.loginWithMagicLink.customer.id).toBe(customer.id);
  });

  it('two simultaneous uses of one link sign in exactly once', async () => {
    const tenant = await makeTenant(app.owner);
    const { account } = await activeCustomer(tenant.id);
    await app.call('portal', REQUEST_MAGIC_LINK, { input: { tenantSlug: tenant.slug, email: account.email } }, fromNewAddress());
    const [email] = await emailsTo(tenant.id, account.email);
    const token = tokenIn(email?.text ?? '', `${TEST_ORIGIN}/${tenant.slug}/login/magic`);
    const results = await Promise.all(Array.from({ length: 4 }, () => app.call('portal', MAGIC_LOGIN, { input: { tenantSlug: tenant.slug, token } })));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(await app.owner.session.count({ where: { tenantId: tenant.id, portalAccountId: account.id } })).toBe(1);
  });

  it('a link expires after 15 minutes', async () => {
    const tenant = await makeTenant(app.owner);
    const { account } = await activeCustomer(tenant.id);
    await app.call('portal', REQUEST_MAGIC_LINK, { input: { tenantSlug: tenant.slug, email: account.email } }, fromNewAddress());
    const [email] = await emailsTo(tenant.id, account.email);
    const token = tokenIn(email?.text ?? '', `${TEST_ORIGIN}/${tenant.slug}/login/magic`);
    app.clock.now = new Date(TEST_START.getTime() + 15 * 60_000 + 1000);
    const res = await app.call('portal', MAGIC_LOGIN, { input: { tenantSlug: tenant.slug, token } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    expect(res.errors?.[0]?.message).toMatch(/expired/);
  });

  it('a link of one business does not sign in at another', async () => {
    const tenant = await makeTenant(app.owner);
    const other = await makeTenant(app.owner);
    const { account } = await activeCustomer(tenant.id);
    await app.call('portal', REQUEST_MAGIC_LINK, { input: { tenantSlug: tenant.slug, email: account.email } }, fromNewAddress());
    const [email] = await emailsTo(tenant.id, account.email);
    const token = tokenIn(email?.text ?? '', `${TEST_ORIGIN}/${tenant.slug}/login/magic`);
    const res = await app.call('portal', MAGIC_LOGIN, { input: { tenantSlug: other.slug, token } });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('an unknown email is answered exactly like a known one, and nothing is sent', async () => {
    const tenant = await makeTenant(app.owner);
    const { account } = await activeCustomer(tenant.id);
    const known = await app.call('portal', REQUEST_MAGIC_LINK, { input: { tenantSlug: tenant.slug, email: account.email } }, fromNewAddress());
    const unknown = await app.call('portal', REQUEST_MAGIC_LINK, { input: { tenantSlug: tenant.slug, email: 'stranger@example.com' } }, fromNewAddress());
    const noTenant = await app.call('portal', REQUEST_MAGIC_LINK, { input: { tenantSlug: 'no-such-business', email: account.email } }, fromNewAddress());
    expect(unknown.status).toBe(known.status);
    expect(JSON.stringify({ data: unknown.data, errors: unknown.errors })).toBe(JSON.stringify({ data: known.data, errors: known.errors }));
    expect(JSON.stringify(noTenant.data)).toBe(JSON.stringify(known.data));
    expect(await emailsTo(tenant.id, 'stranger@example.com')).toHaveLength(0);
    expect(await app.owner.outboxEmail.count({ where: { tenantId: tenant.id } })).toBe(1);
  });

  it('after 5 requests in an hour an account gets no more emails, and the answer stays true', async () => {
    const tenant = await makeTenant(app.owner);
    const { account } = await activeCustomer(tenant.id);
    for (let i = 0; i < 7; i++) {
      const res = await app.call<{ requestMagicLink: boolean }>('portal', REQUEST_MAGIC_LINK, { input: { tenantSlug: tenant.slug, email: account.email } }, fromNewAddress());
      expect(res.data?.requestMagicLink).toBe(true);
    }
    expect(await emailsTo(tenant.id, account.email)).toHaveLength(5);
  });

  it('is written in French for a French-speaking customer', async () => {
    const tenant = await makeTenant(app.owner);
    const { account, customer } = await activeCustomer(tenant.id);
    await app.owner.customer.update({ where: { tenantId_id: { tenantId: tenant.id, id: customer.id } }, data: { locale: 'fr' } });
    await app.call('portal', REQUEST_MAGIC_LINK, { input: { tenantSlug: tenant.slug, email: account.email } }, fromNewAddress());
    const [email] = await emailsTo(tenant.id, account.email);
    expect(email?.subject).toMatch(/^Votre lien de connexion/);
    expect(email?.text).toMatch(/Bonjour/);
  });
});

describe('asking for a link reveals nothing about the account', () => {
  // The answer must not take longer for an existing account. Not timed (a wall clock would make
  // the test flaky): the request must send exactly the same SQL for a known and an unknown email,
  // and read no account at all; the queue does the rest.
  const ACCOUNT_TABLES = /portal_accounts|staff_users|"customers"|one_time_tokens|outbox_emails|activity_logs/;

  for (const [name, mutation, path] of [
    ['requestMagicLink', REQUEST_MAGIC_LINK, 'login/magic'],
    ['requestPasswordReset', REQUEST_RESET, 'reset-password'],
  ] as const) {
    it(`${name} sends the same statements for a known and an unknown email; the email comes once the queue runs`, async () => {
      const tenant = await makeTenant(app.owner);
      const { account } = await activeCustomer(tenant.id);
      const statementsOf = async (email: string) => {
        const before = app.statements.length;
        const res = await app.call('portal', mutation, { input: { tenantSlug: tenant.slug, email } }, fromNewAddress());
        expect(res.errors).toBeUndefined();
        return app.statements.slice(before);
      };
      const known = await statementsOf(account.email);
      const unknown = await statementsOf(`nobody-${randomUUID()}@example.com`);
      expect(known).toEqual(unknown);
      expect(known.filter((sql) => ACCOUNT_TABLES.test(sql))).toEqual([]);
      expect(known.filter((sql) => sql.includes('queue_sign_in_link'))).toHaveLength(1);
      expect(await app.owner.outboxEmail.count({ where: { tenantId: tenant.id } })).toBe(0);

      const [email, ...more] = await emailsTo(tenant.id, account.email);
      expect(more).toEqual([]);
      expect(tokenIn(email?.text ?? '', `${TEST_ORIGIN}/${tenant.slug}/${path}`)).toBeTruthy();
      expect(await app.owner.outboxEmail.count({ where: { tenantId: tenant.id } })).toBe(1);
    });
  }

  it("the request is logged with the address that asked, not the worker's", async () => {
    const tenant = await makeTenant(app.owner);
    const { account, customer } = await activeCustomer(tenant.id);
    const from = fromNewAddress();
    await app.call('portal', REQUEST_MAGIC_LINK, { input: { tenantSlug: tenant.slug, email: account.email } }, { headers: { ...from.headers, 'user-agent': 'Asker/1.0' } });
    await emailsTo(tenant.id, account.email);
    const [entry] = await app.owner.activityLog.findMany({ where: { tenantId: tenant.id, customerId: customer.id, action: 'auth.magic_link_requested' } });
    expect(entry?.ip).toBe(from.headers?.['x-forwarded-for']);
    expect(entry?.userAgent).toBe('Asker/1.0');
  });
});

describe('password reset', () => {
  it('sets the new password, ends every old session and signs in', async () => {
    const tenant = await makeTenant(app.owner);
    const { account, customer } = await activeCustomer(tenant.id);
    const old = await customerToken(app, account);
    expect((await me(old.token)).data?.me.id).toBe(customer.id);

    const asked = await app.call<{ requestPasswordReset: boolean }>('portal', REQUEST_RESET, { input: { tenantSlug: tenant.slug, email: account.email } }, fromNewAddress());
    expect(asked.data?.requestPasswordReset).toBe(true);
    const [email] = await emailsTo(tenant.id, account.email);
    const token = tokenIn(email?.text ?? '', `${TEST_ORIGIN}/${tenant.slug}/reset-password`);

    const weak = await app.call('portal', RESET, { input: { tenantSlug: tenant.slug, token, newPassword: 'short1' } });
    expect(weak.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });

    const res = await app.call<{ resetPassword: SignIn }>('portal', RESET, { input: { tenantSlug: tenant.slug, token, newPassword: OTHER_PASSWORD } });
    expect(res.errors).toBeUndefined();
    expect((await me(old.token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await me(res.data?.resetPassword.token ?? '')).data?.me.id).toBe(customer.id);
    expect((await login(tenant.slug, account.email, OTHER_PASSWORD)).errors).toBeUndefined();
    expect((await login(tenant.slug, account.email, PASSWORD)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // The link is spent.
    const again = await app.call('portal', RESET, { input: { tenantSlug: tenant.slug, token, newPassword: 'yet-another-pass-9' } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
  });

  it('a customer still signed in in the same browser can reset, and that session ends too', async () => {
    const tenant = await makeTenant(app.owner);
    const { account, customer } = await activeCustomer(tenant.id);
    const signedIn = await customerToken(app, account);
    // Seen a while ago: this request's own transaction refreshes (and so locks) the session row.
    await app.owner.session.update({ where: { tenantId_id: { tenantId: tenant.id, id: signedIn.sessionId } }, data: { lastSeenAt: new Date(TEST_START.getTime() - 3_600_000) } });
    await app.call('portal', REQUEST_RESET, { input: { tenantSlug: tenant.slug, email: account.email } }, fromNewAddress());
    const [email] = await emailsTo(tenant.id, account.email);
    const token = tokenIn(email?.text ?? '', `${TEST_ORIGIN}/${tenant.slug}/reset-password`);
    const res = await app.call<{ resetPassword: SignIn }>('portal', RESET, { input: { tenantSlug: tenant.slug, token, newPassword: OTHER_PASSWORD } }, { token: signedIn.token });
    expect(res.errors).toBeUndefined();
    expect((await me(signedIn.token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await me(res.data?.resetPassword.token ?? '')).data?.me.id).toBe(customer.id);
  }, 10_000);

  it('an unknown email is answered like a known one and sends nothing', async () => {
    const tenant = await makeTenant(app.owner);
    const res = await app.call<{ requestPasswordReset: boolean }>('portal', REQUEST_RESET, { input: { tenantSlug: tenant.slug, email: 'ghost@example.com' } }, fromNewAddress());
    expect(res.data?.requestPasswordReset).toBe(true);
    expect(res.errors).toBeUndefined();
    await app.drainJobs([tenant.id]);
    expect(await app.owner.outboxEmail.count({ where: { tenantId: tenant.id } })).toBe(0);
  });
});

describe('signed-in customers', () => {
  it('logout ends the session: the token then gets UNAUTHENTICATED, and the cookie is cleared', async () => {
    const tenant = await makeTenant(app.owner);
    const { account } = await activeCustomer(tenant.id);
    const { token } = await customerToken(app, account);
    const res = await app.call<{ logout: boolean }>('portal', 'mutation { logout }', {}, { token });
    expect(res.data?.logout).toBe(true);
    expect(res.headers.get('set-cookie')).toMatch(/portico_portal_session=;/);
    const after = await me(token);
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(after.errors?.[0]?.message).toMatch(/session has ended/);
  });

  it('lists the open sessions with the current one marked, and revokes another', async () => {
    const tenant = await makeTenant(app.owner);
    const { account } = await activeCustomer(tenant.id);
    const mine = await customerToken(app, account);
    const other = await customerToken(app, account);
    const { account: stranger } = await activeCustomer(tenant.id);
    const strangers = await customerToken(app, stranger);

    const list = await app.call<{ sessions: { id: string; current: boolean }[] }>('portal', SESSIONS, {}, { token: mine.token });
    expect(list.errors).toBeUndefined();
    expect(list.data?.sessions.map((s) => s.id).sort()).toEqual([mine.sessionId, other.sessionId].sort());
    expect(list.data?.sessions.find((s) => s.current)?.id).toBe(mine.sessionId);

    // Another customer's session is NOT_FOUND, like one that does not exist.
    const foreign = await app.call('portal', 'mutation($id: ID!) { revokeSession(id: $id) }', { id: strangers.sessionId }, { token: mine.token });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await me(strangers.token)).errors).toBeUndefined();

    const revoked = await app.call('portal', 'mutation($id: ID!) { revokeSession(id: $id) }', { id: other.sessionId }, { token: mine.token });
    expect(revoked.errors).toBeUndefined();
    expect((await me(other.token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await me(mine.token)).errors).toBeUndefined();
  });

  it('changePassword ends the other sessions but not the current one', async () => {
    const tenant = await makeTenant(app.owner);
    const { account } = await activeCustomer(tenant.id);
    const current = await customerToken(app, account);
    const other = await customerToken(app, account);
    const CHANGE = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }';

    const wrong = await app.call('portal', CHANGE, { input: { currentPassword: 'not-it-123', newPassword: OTHER_PASSWORD } }, { token: current.token });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    expect((await me(other.token)).errors).toBeUndefined();

    const res = await app.call<{ changePassword: boolean }>('portal', CHANGE, { input: { currentPassword: PASSWORD, newPassword: OTHER_PASSWORD } }, { token: current.token });
    expect(res.errors).toBeUndefined();
    expect((await me(current.token)).errors).toBeUndefined();
    expect((await me(other.token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await app.owner.activityLog.count({ where: { tenantId: tenant.id, action: 'auth.password_changed' } })).toBe(1);
  });
});

describe('tokens and cookies', () => {
  it('a cookie from a foreign Origin is refused; from an allowed one it works', async () => {
    const tenant = await makeTenant(app.owner);
    const { account, customer } = await activeCustomer(tenant.id);
    const signIn = await login(tenant.slug, account.email, PASSWORD);
    const setCookie = signIn.headers.get('set-cookie') ?? '';
    const cookie = setCookie.split(';')[0] ?? '';
    expect(cookie).toMatch(/^portico_portal_session=.+/);

    const foreign = await app.call('portal', ME, {}, { cookie, origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const noOrigin = await app.call('portal', ME, {}, { cookie });
    expect(noOrigin.status).toBe(403);
    const allowed = await app.call<{ me: { id: string } }>('portal', ME, {}, { cookie, origin: TEST_ORIGIN });
    expect(allowed.data?.me.id).toBe(customer.id);
  });

  it('a customer token on /graphql/admin and a staff token on /graphql/portal are rejected', async () => {
    const tenant = await makeTenant(app.owner);
    const { account } = await activeCustomer(tenant.id);
    const staff = await makeStaff(app.owner, tenant.id, 'owner');
    const customerSide = await customerToken(app, account);
    const staffSide = await staffToken(app, staff);
    const onAdmin = await app.call('admin', '{ me { id } }', {}, { token: customerSide.token });
    expect(onAdmin.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const onPortal = await app.call('portal', ME, {}, { token: staffSide.token });
    expect(onPortal.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // Each works where it belongs.
    expect((await app.call('admin', '{ me { id } }', {}, { token: staffSide.token })).errors).toBeUndefined();
    expect((await me(customerSide.token)).errors).toBeUndefined();
  });

  it('a token signed with another key, an expired token and the token of a revoked session are rejected', async () => {
    const tenant = await makeTenant(app.owner);
    const { account } = await activeCustomer(tenant.id);
    const good = await customerToken(app, account);
    const expiresAt = new Date(TEST_START.getTime() + 3_600_000);
    const forged = await signAccessToken(
      new TextEncoder().encode('not-the-server-secret-not-the-server-secret'),
      { typ: 'customer', tenantId: tenant.id, subject: account.id, sessionId: good.sessionId, customerId: account.customerId },
      expiresAt,
    );
    expect((await me(forged)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const shortLived = await customerToken(app, account, expiresAt);
    expect((await me(shortLived.token)).errors).toBeUndefined();
    app.clock.now = new Date(expiresAt.getTime() + 1000);
    expect((await me(shortLived.token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    app.clock.now = new Date(TEST_START);

    await app.owner.session.update({ where: { tenantId_id: { tenantId: tenant.id, id: good.sessionId } }, data: { revokedAt: TEST_START } });
    expect((await me(good.token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

/** Undoes quoted-printable transfer encoding: soft line breaks and =XX escapes. */
function decodeQuotedPrintable(raw: string): string {
  return raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

describe('with a real SMTP server', () => {
  const mail = useMailbox();

  it('a magic link is delivered over SMTP and its token signs in', async () => {
    const tenant = await makeTenant(mail.app.owner);
    const { account, customer } = await makeCustomer(mail.app.owner, tenant.id);
    if (!account) throw new Error('the factory made no portal account');
    const res = await mail.app.call<{ requestMagicLink: boolean }>('portal', REQUEST_MAGIC_LINK, { input: { tenantSlug: tenant.slug, email: account.email } }, fromNewAddress());
    expect(res.data?.requestMagicLink).toBe(true);
    // Delivery is a background job: run the queue's due jobs for this tenant.
    await mail.app.drainJobs([tenant.id]);

    const message = mail.received.find((m) => m.to.includes(account.email));
    expect(message, 'the SMTP server received the email').toBeDefined();
    const body = decodeQuotedPrintable(message?.raw ?? '');
    expect(body).toMatch(/Subject: Your sign-in link/);
    const token = tokenIn(body, `${TEST_ORIGIN}/${tenant.slug}/login/magic`);

    const stored = await mail.app.owner.outboxEmail.findFirst({ where: { tenantId: tenant.id, toAddress: account.email } });
    expect(stored?.sentAt).not.toBeNull();

    const signIn = await mail.app.call<{ loginWithMagicLink: SignIn }>('portal', MAGIC_LOGIN, { input: { tenantSlug: tenant.slug, token } });
    expect(signIn.errors).toBeUndefined();
    expect(signIn.data?.loginWithMagicLink.customer.id).toBe(customer.id);
  });
});
