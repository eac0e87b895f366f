// Staff signing in to /graphql/admin, and the office managing other people's access: staff and
// customer invitations, deactivation and reactivation.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { StaffRole } from '../generated/prisma/enums.js';
import { fromNewAddress, startTestApp, TEST_START, TEST_ADMIN_ORIGIN, TEST_ORIGIN, type TestApp } from '../test/app.js';
import { customerToken, makeCustomer, makeStaff, makeTenant, staffToken } from '../test/factory.js';
import { hashPassword } from './passwords.js';

const PASSWORD = 'correct-horse-42';
const OTHER_PASSWORD = 'battery-staple-77';

let app: TestApp;
let passwordHash: string;

beforeAll(async () => {
  app = await startTestApp();
  passwordHash = await hashPassword(PASSWORD);
});
afterEach(() => {
  app.clock.now = new Date(TEST_START);
});
afterAll(() => app.close());

const STAFF_SIGNED_IN = 'token expiresAt staff { id name email role tenantSlug }';
const LOGIN = `mutation($input: StaffLoginInput!) { login(input: $input) { ${STAFF_SIGNED_IN} } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { ${STAFF_SIGNED_IN} } }`;
const PORTAL_ACCEPT = 'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token customer { id email } } }';
const INVITE_STAFF = 'mutation($input: InviteStaffInput!) { inviteStaff(input: $input) { id email name role } }';
const INVITE_CUSTOMER = 'mutation($id: ID!) { inviteCustomer(customerId: $id) { id portalStatus } }';
const DEACTIVATE_CUSTOMER = 'mutation($id: ID!) { deactivateCustomerAccount(customerId: $id) { id portalStatus } }';
const REACTIVATE_CUSTOMER = 'mutation($id: ID!) { reactivateCustomerAccount(customerId: $id) { id portalStatus } }';
const DEACTIVATE_STAFF = 'mutation($id: ID!) { deactivateStaffMember(staffUserId: $id) { id } }';
const REACTIVATE_STAFF = 'mutation($id: ID!) { reactivateStaffMember(staffUserId: $id) { id } }';
const STAFF_ME = '{ me { id role } }';

interface StaffSignIn {
  token: string;
  expiresAt: string;
  staff: { id: string; name: string; email: string; role: StaffRole; tenantSlug: string };
}

async function staffWithToken(tenantId: string, role: StaffRole) {
  const member = await makeStaff(app.owner, tenantId, role, { passwordHash });
  const { token, sessionId } = await staffToken(app, member);
  return { member, token, sessionId };
}

function staffLogin(slug: string, email: string, password: string) {
  return app.call<{ login: StaffSignIn }>('admin', LOGIN, { input: { tenantSlug: slug, email, password } }, fromNewAddress());
}

function staffMe(token: string) {
  return app.call<{ me: { id: string; role: string } }>('admin', STAFF_ME, {}, { token });
}

function customerMe(token: string) {
  return app.call<{ me: { id: string } }>('portal', '{ me { id } }', {}, { token });
}

/** Emails to `to`, once the queue has run: sign-in links are written by a background job. */
async function emailsTo(tenantId: string, to: string) {
  await app.drainJobs([tenantId]);
  return app.owner.outboxEmail.findMany({ where: { tenantId, toAddress: to }, orderBy: { createdAt: 'asc' } });
}

function tokenIn(text: string, prefix: string): string {
  const at = text.indexOf(prefix);
  const match = at >= 0 ? /^([A-Za-z0-9_-]+)/.exec(text.slice(at + prefix.length)) : null;
  if (!match?.[1]) throw new Error(`no link starting ${prefix} in:\n${text}`);
  return match[1];
}

describe('staff sign-in', () => {
  it('the right password signs in for 7 days and sets the admin cookie', async () => {
    const tenant = await makeTenant(app.owner);
    const member = await makeStaff(app.owner, tenant.id, 'dispatcher', { passwordHash });
    const res = await staffLogin(tenant.slug, member.email, PASSWORD);
    expect(res.errors).toBeUndefined();
    expect(res.data?.login.staff).toMatchObject({ id: member.id, role: 'dispatcher', tenantSlug: tenant.slug });
    expect(new Date(res.data?.login.expiresAt ?? 0).getTime()).toBe(TEST_START.getTime() + 7 * 86_400_000);
    expect(res.headers.get('set-cookie')).toMatch(/portico_admin_session=.*HttpOnly/i);
    expect((await staffMe(res.data?.login.token ?? '')).data?.me.id).toBe(member.id);
  });

  it('a wrong password, an unknown email and a deactivated member get the same answer', async () => {
    const tenant = await makeTenant(app.owner);
    const member = await makeStaff(app.owner, tenant.id, 'admin', { passwordHash });
    const gone = await makeStaff(app.owner, tenant.id, 'admin', { passwordHash });
    await app.owner.staffUser.update({ where: { tenantId_id: { tenantId: tenant.id, id: gone.id } }, data: { status: 'deactivated' } });
    const answers = [
      await staffLogin(tenant.slug, member.email, OTHER_PASSWORD),
      await staffLogin(tenant.slug, 'nobody@example.net', PASSWORD),
      await staffLogin(tenant.slug, gone.email, PASSWORD),
    ];
    for (const res of answers) {
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.errors?.[0]?.message).toBe('The email or password is not correct.');
    }
  });

  it('a customer cannot sign in on the admin side with their portal password', async () => {
    const tenant = await makeTenant(app.owner);
    const { account } = await makeCustomer(app.owner, tenant.id, { passwordHash });
    const res = await staffLogin(tenant.slug, account?.email ?? '', PASSWORD);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('logout, sessions and changePassword work on the staff side too', async () => {
    const tenant = await makeTenant(app.owner);
    const { member, token, sessionId } = await staffWithToken(tenant.id, 'technician');
    const other = await staffToken(app, member);
    const third = await staffToken(app, member);

    const list = await app.call<{ sessions: { id: string; current: boolean }[] }>('admin', '{ sessions { id current } }', {}, { token });
    expect(list.data?.sessions).toHaveLength(3);
    expect(list.data?.sessions.find((s) => s.current)?.id).toBe(sessionId);

    const revoked = await app.call('admin', 'mutation($id: ID!) { revokeSession(id: $id) }', { id: third.sessionId }, { token });
    expect(revoked.errors).toBeUndefined();
    expect((await staffMe(third.token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const changed = await app.call(
      'admin',
      'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }',
      { input: { currentPassword: PASSWORD, newPassword: OTHER_PASSWORD } },
      { token },
    );
    expect(changed.errors).toBeUndefined();
    expect((await staffMe(token)).errors).toBeUndefined();
    expect((await staffMe(other.token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const out = await app.call<{ logout: boolean }>('admin', 'mutation { logout }', {}, { token });
    expect(out.data?.logout).toBe(true);
    expect(out.headers.get('set-cookie')).toMatch(/portico_admin_session=;/);
    expect((await staffMe(token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('staff password reset', () => {
  it('emails an admin link; the reset ends old sessions and signs in', async () => {
    const tenant = await makeTenant(app.owner);
    const { member, token: oldToken } = await staffWithToken(tenant.id, 'admin');
    const asked = await app.call<{ requestPasswordReset: boolean }>(
      'admin',
      'mutation($input: EmailLinkRequestInput!) { requestPasswordReset(input: $input) }',
      { input: { tenantSlug: tenant.slug, email: member.email } },
      fromNewAddress(),
    );
    expect(asked.data?.requestPasswordReset).toBe(true);
    const [email] = await emailsTo(tenant.id, member.email);
    const token = tokenIn(email?.text ?? '', `${TEST_ADMIN_ORIGIN}/reset-password?tenant=${tenant.slug}&token=`);
    const res = await app.call<{ resetPassword: StaffSignIn }>('admin', `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { ${STAFF_SIGNED_IN} } }`, {
      input: { tenantSlug: tenant.slug, token, newPassword: OTHER_PASSWORD },
    });
    expect(res.errors).toBeUndefined();
    expect((await staffMe(oldToken)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await staffMe(res.data?.resetPassword.token ?? '')).data?.me.id).toBe(member.id);
  });

  it('the request sends the same statements for a known and an unknown email, reading no account; the queue sends the link', async () => {
    const tenant = await makeTenant(app.owner);
    const { member } = await staffWithToken(tenant.id, 'dispatcher');
    const statementsOf = async (email: string) => {
      const before = app.statements.length;
      const res = await app.call(
        'admin',
        'mutation($input: EmailLinkRequestInput!) { requestPasswordReset(input: $input) }',
        { input: { tenantSlug: tenant.slug, email } },
        fromNewAddress(),
      );
      expect(res.errors).toBeUndefined();
      return app.statements.slice(before);
    };
    const known = await statementsOf(member.email);
    const unknown = await statementsOf(`nobody-${randomUUID()}@example.net`);
    expect(known).toEqual(unknown);
    expect(known.filter((sql) => /staff_users|one_time_tokens|outbox_emails|activity_logs/.test(sql))).toEqual([]);
    expect(known.filter((sql) => sql.includes('queue_sign_in_link'))).toHaveLength(1);
    expect(await app.owner.outboxEmail.count({ where: { tenantId: tenant.id } })).toBe(0);
    const [email, ...more] = await emailsTo(tenant.id, member.email);
    expect(more).toEqual([]);
    expect(tokenIn(email?.text ?? '', `${TEST_ADMIN_ORIGIN}/reset-password?tenant=${tenant.slug}&token=`)).toBeTruthy();
  });

  it('an unknown email is answered true and nothing is sent', async () => {
    const tenant = await makeTenant(app.owner);
    const res = await app.call<{ requestPasswordReset: boolean }>(
      'admin',
      'mutation($input: EmailLinkRequestInput!) { requestPasswordReset(input: $input) }',
      { input: { tenantSlug: tenant.slug, email: 'nobody@example.net' } },
      fromNewAddress(),
    );
    expect(res.data?.requestPasswordReset).toBe(true);
    await app.drainJobs([tenant.id]);
    expect(await app.owner.outboxEmail.count({ where: { tenantId: tenant.id } })).toBe(0);
  });
});

describe('staff invitations', () => {
  it('an owner invites a dispatcher, who accepts by choosing a password and is signed in', async () => {
    const tenant = await makeTenant(app.owner);
    const { token } = await staffWithToken(tenant.id, 'owner');
    const invited = await app.call<{ inviteStaff: { id: string; role: string } }>(
      'admin',
      INVITE_STAFF,
      { input: { email: 'new.hire@example.net', name: 'New Hire', role: 'dispatcher' } },
      { token },
    );
    expect(invited.errors).toBeUndefined();
    expect(invited.data?.inviteStaff.role).toBe('dispatcher');
    const row = await app.owner.staffUser.findFirst({ where: { tenantId: tenant.id, email: 'new.hire@example.net' } });
    expect(row?.status).toBe('invited');

    const [email] = await emailsTo(tenant.id, 'new.hire@example.net');
    expect(email?.subject).toMatch(/^Join /);
    const link = tokenIn(email?.text ?? '', `${TEST_ADMIN_ORIGIN}/accept-invitation?tenant=${tenant.slug}&token=`);

    // An invited member cannot sign in before accepting.
    expect((await staffLogin(tenant.slug, 'new.hire@example.net', PASSWORD)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const accepted = await app.call<{ acceptInvitation: StaffSignIn }>('admin', ACCEPT, { input: { tenantSlug: tenant.slug, token: link, password: PASSWORD } });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptInvitation.staff).toMatchObject({ email: 'new.hire@example.net', role: 'dispatcher' });
    expect((await staffMe(accepted.data?.acceptInvitation.token ?? '')).data?.me.role).toBe('dispatcher');
    expect((await app.owner.staffUser.findFirst({ where: { tenantId: tenant.id, email: 'new.hire@example.net' } }))?.status).toBe('active');

    const again = await app.call('admin', ACCEPT, { input: { tenantSlug: tenant.slug, token: link, password: PASSWORD } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
  });

  it('an owner can only be invited by an owner; technicians and dispatchers invite nobody', async () => {
    const tenant = await makeTenant(app.owner);
    const admin = await staffWithToken(tenant.id, 'admin');
    const owner = await staffWithToken(tenant.id, 'owner');
    const dispatcher = await staffWithToken(tenant.id, 'dispatcher');
    const input = (role: StaffRole) => ({ input: { email: `${role}-${randomUUID()}@example.net`, name: 'Someone', role } });

    const byAdmin = await app.call('admin', INVITE_STAFF, input('owner'), { token: admin.token });
    expect(byAdmin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app.call('admin', INVITE_STAFF, input('admin'), { token: admin.token })).errors).toBeUndefined();
    expect((await app.call('admin', INVITE_STAFF, input('owner'), { token: owner.token })).errors).toBeUndefined();
    const byDispatcher = await app.call('admin', INVITE_STAFF, input('technician'), { token: dispatcher.token });
    expect(byDispatcher.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await app.owner.staffUser.count({ where: { tenantId: tenant.id, status: 'invited' } })).toBe(2);
  });

  it('an email already on the staff is a CONFLICT; a malformed one is BAD_USER_INPUT', async () => {
    const tenant = await makeTenant(app.owner);
    const { member, token } = await staffWithToken(tenant.id, 'owner');
    const taken = await app.call('admin', INVITE_STAFF, { input: { email: member.email, name: 'Twin', role: 'admin' } }, { token });
    expect(taken.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const bad = await app.call('admin', INVITE_STAFF, { input: { email: 'nope', name: 'Nope', role: 'admin' } }, { token });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    expect(await app.owner.staffUser.count({ where: { tenantId: tenant.id } })).toBe(1);
  });
});

describe('customer invitations', () => {
  it('a dispatcher invites a customer, who accepts on the portal and is signed in', async () => {
    const tenant = await makeTenant(app.owner);
    const { token } = await staffWithToken(tenant.id, 'dispatcher');
    const { customer } = await makeCustomer(app.owner, tenant.id, { withAccount: false });

    const invited = await app.call<{ inviteCustomer: { portalStatus: string } }>('admin', INVITE_CUSTOMER, { id: customer.id }, { token });
    expect(invited.errors).toBeUndefined();
    expect(invited.data?.inviteCustomer.portalStatus).toBe('invited');
    const [email] = await emailsTo(tenant.id, customer.email);
    expect(email?.customerId).toBe(customer.id);
    const link = tokenIn(email?.text ?? '', `${TEST_ORIGIN}/${tenant.slug}/accept-invitation?token=`);

    // A refused password leaves the invitation usable.
    const weak = await app.call('portal', PORTAL_ACCEPT, { input: { tenantSlug: tenant.slug, token: link, password: 'weakweak' } });
    expect(weak.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });

    const accepted = await app.call<{ acceptInvitation: { token: string; customer: { id: string } } }>('portal', PORTAL_ACCEPT, {
      input: { tenantSlug: tenant.slug, token: link, password: PASSWORD },
    });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptInvitation.customer.id).toBe(customer.id);
    expect((await customerMe(accepted.data?.acceptInvitation.token ?? '')).data?.me.id).toBe(customer.id);
    const account = await app.owner.portalAccount.findFirst({ where: { tenantId: tenant.id, customerId: customer.id } });
    expect(account?.status).toBe('active');

    const again = await app.call('admin', INVITE_CUSTOMER, { id: customer.id }, { token });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('a French-speaking customer gets the invitation in French', async () => {
    const tenant = await makeTenant(app.owner);
    const { token } = await staffWithToken(tenant.id, 'admin');
    const { customer } = await makeCustomer(app.owner, tenant.id, { withAccount: false });
    await app.owner.customer.update({ where: { tenantId_id: { tenantId: tenant.id, id: customer.id } }, data: { locale: 'fr' } });
    await app.call('admin', INVITE_CUSTOMER, { id: customer.id }, { token });
    const [email] = await emailsTo(tenant.id, customer.email);
    expect(email?.subject).toMatch(/vous invite sur son espace client/);
    expect(email?.text).toMatch(/^Bonjour/);
  });

  it('technicians cannot invite, and a customer of another business is NOT_FOUND', async () => {
    const tenant = await makeTenant(app.owner);
    const other = await makeTenant(app.owner);
    const technician = await staffWithToken(tenant.id, 'technician');
    const office = await staffWithToken(tenant.id, 'owner');
    const { customer } = await makeCustomer(app.owner, tenant.id, { withAccount: false });
    const { customer: foreign } = await makeCustomer(app.owner, other.id, { withAccount: false });
    expect((await app.call('admin', INVITE_CUSTOMER, { id: customer.id }, { token: technician.token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app.call('admin', INVITE_CUSTOMER, { id: foreign.id }, { token: office.token })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await app.owner.portalAccount.count({ where: { customerId: { in: [customer.id, foreign.id] } } })).toBe(0);
    expect(await app.owner.outboxEmail.count({ where: { tenantId: { in: [tenant.id, other.id] } } })).toBe(0);
  });
});

describe('deactivation', () => {
  it("deactivating a customer's account ends their token at once; reactivating lets them sign in again", async () => {
    const tenant = await makeTenant(app.owner);
    const { token: staff } = await staffWithToken(tenant.id, 'dispatcher');
    const { account, customer } = await makeCustomer(app.owner, tenant.id, { passwordHash });
    if (!account) throw new Error('the factory made no portal account');
    const { token } = await customerToken(app, account);
    expect((await customerMe(token)).errors).toBeUndefined();

    const res = await app.call<{ deactivateCustomerAccount: { portalStatus: string } }>('admin', DEACTIVATE_CUSTOMER, { id: customer.id }, { token: staff });
    expect(res.errors).toBeUndefined();
    expect(res.data?.deactivateCustomerAccount.portalStatus).toBe('deactivated');
    expect((await customerMe(token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const login = (password: string) =>
      app.call(
        'portal',
        'mutation($input: LoginInput!) { login(input: $input) { token } }',
        { input: { tenantSlug: tenant.slug, email: account.email, password } },
        fromNewAddress(),
      );
    const refused = await login(PASSWORD);
    expect(refused.errors?.[0]?.message).toBe('The email or password is not correct.');
    expect(await app.owner.activityLog.count({ where: { tenantId: tenant.id, action: 'auth.customer_deactivated', customerId: customer.id } })).toBe(1);

    const back = await app.call<{ reactivateCustomerAccount: { portalStatus: string } }>('admin', REACTIVATE_CUSTOMER, { id: customer.id }, { token: staff });
    expect(back.data?.reactivateCustomerAccount.portalStatus).toBe('active');
    expect((await login(PASSWORD)).errors).toBeUndefined();
    // The old session stays ended.
    expect((await customerMe(token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('deactivating a staff member ends their token at once; nobody deactivates themselves; only an owner deactivates an owner', async () => {
    const tenant = await makeTenant(app.owner);
    const admin = await staffWithToken(tenant.id, 'admin');
    const owner = await staffWithToken(tenant.id, 'owner');
    const technician = await staffWithToken(tenant.id, 'technician');
    expect((await staffMe(technician.token)).errors).toBeUndefined();

    const res = await app.call('admin', DEACTIVATE_STAFF, { id: technician.member.id }, { token: admin.token });
    expect(res.errors).toBeUndefined();
    expect((await staffMe(technician.token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await staffLogin(tenant.slug, technician.member.email, PASSWORD)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const self = await app.call('admin', DEACTIVATE_STAFF, { id: admin.member.id }, { token: admin.token });
    expect(self.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const ownerByAdmin = await app.call('admin', DEACTIVATE_STAFF, { id: owner.member.id }, { token: admin.token });
    expect(ownerByAdmin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await staffMe(owner.token)).errors).toBeUndefined();
    const ownerDeactivatesAdmin = await app.call('admin', DEACTIVATE_STAFF, { id: admin.member.id }, { token: owner.token });
    expect(ownerDeactivatesAdmin.errors).toBeUndefined();
    expect((await staffMe(admin.token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const back = await app.call('admin', REACTIVATE_STAFF, { id: technician.member.id }, { token: owner.token });
    expect(back.errors).toBeUndefined();
    expect((await staffLogin(tenant.slug, technician.member.email, PASSWORD)).errors).toBeUndefined();
  });

  it('a staff member of another business is NOT_FOUND', async () => {
    const tenant = await makeTenant(app.owner);
    const other = await makeTenant(app.owner);
    const owner = await staffWithToken(tenant.id, 'owner');
    const foreign = await makeStaff(app.owner, other.id, 'technician');
    const res = await app.call('admin', DEACTIVATE_STAFF, { id: foreign.id }, { token: owner.token });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await app.owner.staffUser.findFirst({ where: { tenantId: other.id, id: foreign.id } }))?.status).toBe('active');
  });
});
