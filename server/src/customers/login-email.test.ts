// Staff changing a customer's email must never give them a way to sign in as that customer:
// the contact email changes, the portal login follows only when the customer, signed in,
// confirms from the new mailbox. End to end through both endpoints and the real outbox.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../auth/passwords.js';
import type { StaffRole } from '../generated/prisma/enums.js';
import { fromNewAddress, startTestApp, TEST_START, type TestApp } from '../test/app.js';
import { customerToken, makeCustomer, makeTenant, signedInStaff } from '../test/factory.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const UPDATE = 'mutation($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { id email portalStatus portalEmail pendingPortalEmail } }';
const DETAIL = 'query($id: ID!) { customer(id: $id) { id email portalEmail pendingPortalEmail } }';
const SEND_RESET = 'mutation($id: ID!) { sendPasswordResetLink(customerId: $id) { id } }';
const INVITE = 'mutation($id: ID!) { inviteCustomer(customerId: $id) { id portalStatus portalEmail } }';
const REQUEST_RESET = 'mutation($input: EmailLinkRequestInput!) { requestPasswordReset(input: $input) }';
const REQUEST_MAGIC = 'mutation($input: EmailLinkRequestInput!) { requestMagicLink(input: $input) }';
const RESET = 'mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { token } }';
const MAGIC_LOGIN = 'mutation($input: MagicLinkLoginInput!) { loginWithMagicLink(input: $input) { token } }';
const ACCEPT = 'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token customer { id } } }';
const CONFIRM = 'mutation($input: ConfirmEmailChangeInput!) { confirmEmailChange(input: $input) }';
const REQUEST_CHANGE = 'mutation($input: RequestEmailChangeInput!) { requestEmailChange(input: $input) { email pendingEmail } }';
const NEW_PASSWORD = 'Taken-over-42x';

interface CustomerView {
  id: string;
  email: string;
  portalStatus: string | null;
  portalEmail: string | null;
  pendingPortalEmail: string | null;
}

const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

async function emailsTo(tenantId: string, to: string) {
  await app.drainJobs([tenantId]);
  return app.owner.outboxEmail.findMany({ where: { tenantId, toAddress: to }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
}

/** Every token of every link in these emails. */
function tokensIn(emails: { text: string }[]): string[] {
  return emails.flatMap((e) => [...e.text.matchAll(/[?&]token=([^\s&]+)/g)].map((m) => decodeURIComponent(m[1] ?? '')));
}

function linkToken(text: string, path: string): string {
  const match = new RegExp(`/${path}\\?token=([^\\s&]+)`).exec(text);
  if (!match?.[1]) throw new Error(`no /${path} link in:\n${text}`);
  return decodeURIComponent(match[1]);
}

async function world(role: StaffRole = 'dispatcher') {
  const tenant = await makeTenant(app.owner);
  const { token: staff } = await signedInStaff(app, tenant.id, role);
  const { customer, account } = await makeCustomer(app.owner, tenant.id);
  if (!account) throw new Error('the factory made no portal account');
  return { tenant, staff, customer, account };
}

/** Everything a token from the outbox could be used for on the portal, anonymously. */
async function tryEverySignIn(tenantSlug: string, token: string) {
  const results = await Promise.all([
    app.call('portal', RESET, { input: { tenantSlug, token, newPassword: NEW_PASSWORD } }),
    app.call('portal', MAGIC_LOGIN, { input: { tenantSlug, token } }),
    app.call('portal', ACCEPT, { input: { tenantSlug, token, password: NEW_PASSWORD } }),
  ]);
  return results.map((r) => ({ signedIn: !r.errors, code: code(r) }));
}

describe("staff changing a customer's email cannot take over their portal account", () => {
  for (const role of ['dispatcher', 'admin', 'owner'] as const) {
    it(`a ${role}: the reset link goes to the login address, and nothing sent to the new address signs in`, async () => {
      const { tenant, staff, customer, account } = await world(role);
      const attacker = `mailbox-${randomUUID()}@attacker.example`;

      const updated = await app.call<{ updateCustomer: { email: string } }>(
        'admin',
        'mutation($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { email } }',
        { id: customer.id, input: { email: attacker } },
        { token: staff },
      );
      expect(updated.errors).toBeUndefined();
      // The contact email changes; the login keeps its address.
      expect(updated.data?.updateCustomer.email).toBe(attacker);
      expect((await app.owner.portalAccount.findFirstOrThrow({ where: { id: account.id } })).email).toBe(account.email);

      expect((await app.call('admin', SEND_RESET, { id: customer.id }, { token: staff })).errors).toBeUndefined();
      // The anonymous portal forms, asked for the new address, find no login there.
      for (const mutation of [REQUEST_RESET, REQUEST_MAGIC]) {
        expect((await app.call('portal', mutation, { input: { tenantSlug: tenant.slug, email: attacker } }, fromNewAddress())).errors).toBeUndefined();
      }

      const atLogin = await emailsTo(tenant.id, account.email);
      expect(atLogin.some((e) => e.text.includes('/reset-password?token='))).toBe(true);
      // The old address is told about the change.
      expect(atLogin.some((e) => e.text.includes(attacker))).toBe(true);

      const atNew = await emailsTo(tenant.id, attacker);
      expect(atNew.some((e) => /\/(reset-password|login\/magic|accept-invitation)\?token=/.test(e.text))).toBe(false);
      const stolen = tokensIn(atNew);
      expect(stolen.length).toBeGreaterThan(0);
      for (const token of stolen) {
        for (const attempt of await tryEverySignIn(tenant.slug, token)) expect(attempt).toMatchObject({ signedIn: false, code: 'BAD_USER_INPUT' });
        // The confirmation link, opened by whoever holds the new mailbox, moves nothing.
        const confirm = await app.call('portal', CONFIRM, { input: { tenantSlug: tenant.slug, token } });
        expect(confirm.errors).toBeDefined();
        // Nor with the staff member's own session.
        expect((await app.call('portal', CONFIRM, { input: { tenantSlug: tenant.slug, token } }, { token: staff })).errors).toBeDefined();
      }
      expect((await app.owner.portalAccount.findFirstOrThrow({ where: { id: account.id } })).email).toBe(account.email);

      // And the address the staff member chose gets nothing to sign in with afterwards either.
      await app.call('portal', REQUEST_RESET, { input: { tenantSlug: tenant.slug, email: attacker } }, fromNewAddress());
      expect(tokensIn(await emailsTo(tenant.id, attacker))).toEqual(stolen);
      expect(await app.owner.session.count({ where: { tenantId: tenant.id, portalAccountId: account.id } })).toBe(0);
      // Staff see that the login change waits for the customer.
      const view = await app.call<{ customer: CustomerView }>('admin', DETAIL, { id: customer.id }, { token: staff });
      expect(view.data?.customer).toMatchObject({ email: attacker, portalEmail: account.email, pendingPortalEmail: attacker });
    });
  }

  it('a confirmation link opened without signing in answers UNAUTHENTICATED and stays usable', async () => {
    const { tenant, staff, customer, account } = await world();
    const newEmail = `new-${randomUUID()}@example.com`;
    await app.call('admin', UPDATE, { id: customer.id, input: { email: newEmail } }, { token: staff });
    const [confirmation] = await emailsTo(tenant.id, newEmail);
    const token = linkToken(confirmation?.text ?? '', 'confirm-email');

    const anonymous = await app.call('portal', CONFIRM, { input: { tenantSlug: tenant.slug, token } });
    expect(code(anonymous)).toBe('UNAUTHENTICATED');
    expect(anonymous.errors?.[0]?.message).toMatch(/sign in/i);
    // Signed in as another customer of the business: the same.
    const { account: otherAccount } = await makeCustomer(app.owner, tenant.id);
    const other = await customerToken(app, otherAccount!);
    expect(code(await app.call('portal', CONFIRM, { input: { tenantSlug: tenant.slug, token } }, { token: other.token }))).toBe('UNAUTHENTICATED');
    expect((await app.owner.portalAccount.findFirstOrThrow({ where: { id: account.id } })).email).toBe(account.email);

    const own = await customerToken(app, account);
    const confirmed = await app.call<{ confirmEmailChange: boolean }>('portal', CONFIRM, { input: { tenantSlug: tenant.slug, token } }, { token: own.token });
    expect(confirmed.errors).toBeUndefined();
    expect((await app.owner.portalAccount.findFirstOrThrow({ where: { id: account.id } })).email).toBe(newEmail);
  });
});

describe('the customer confirms the login email staff gave', () => {
  it('signed in, from the link at the new address: the login moves, the old address is told, links go to the new one', async () => {
    const { tenant, staff, customer, account } = await world();
    const newEmail = `moved-${randomUUID()}@example.com`;
    await app.call('admin', UPDATE, { id: customer.id, input: { email: newEmail } }, { token: staff });
    // A reset link sent to the old address before the change stops working after it.
    await app.call('portal', REQUEST_RESET, { input: { tenantSlug: tenant.slug, email: account.email } }, fromNewAddress());
    const oldReset = linkToken((await emailsTo(tenant.id, account.email)).map((e) => e.text).join('\n'), 'reset-password');

    const [confirmation] = await emailsTo(tenant.id, newEmail);
    expect(confirmation?.text).toContain(`/${tenant.slug}/confirm-email?token=`);
    const { token: session } = await customerToken(app, account);
    const confirmed = await app.call<{ confirmEmailChange: boolean }>(
      'portal',
      CONFIRM,
      { input: { tenantSlug: tenant.slug, token: linkToken(confirmation?.text ?? '', 'confirm-email') } },
      { token: session },
    );
    expect(confirmed.errors).toBeUndefined();

    expect((await app.owner.portalAccount.findFirstOrThrow({ where: { id: account.id } })).email).toBe(newEmail);
    const view = await app.call<{ customer: CustomerView }>('admin', DETAIL, { id: customer.id }, { token: staff });
    expect(view.data?.customer).toMatchObject({ email: newEmail, portalEmail: newEmail, pendingPortalEmail: null });
    const toOld = await emailsTo(tenant.id, account.email);
    expect(toOld.at(-1)?.subject).toMatch(/sign-in email was changed/);
    expect(toOld.at(-1)?.text).toContain(newEmail);
    expect((await tryEverySignIn(tenant.slug, oldReset))[0]).toMatchObject({ signedIn: false });

    await app.call('portal', REQUEST_MAGIC, { input: { tenantSlug: tenant.slug, email: newEmail } }, fromNewAddress());
    const magic = linkToken((await emailsTo(tenant.id, newEmail)).map((e) => e.text).join('\n'), 'login/magic');
    expect((await app.call('portal', MAGIC_LOGIN, { input: { tenantSlug: tenant.slug, token: magic } })).errors).toBeUndefined();
  });

  it('once the staff link has expired, the customer can still ask for the change to the contact email themselves', async () => {
    const tenant = await makeTenant(app.owner);
    const { token: staff } = await signedInStaff(app, tenant.id, 'dispatcher');
    const { customer, account } = await makeCustomer(app.owner, tenant.id, { passwordHash: await hashPassword('Correct-horse-42') });
    const newEmail = `later-${randomUUID()}@example.com`;
    await app.call('admin', UPDATE, { id: customer.id, input: { email: newEmail } }, { token: staff });
    app.clock.now = new Date(TEST_START.getTime() + 25 * 3_600_000);
    try {
      const { token } = await customerToken(app, account!);
      const asked = await app.call<{ requestEmailChange: { pendingEmail: string } }>(
        'portal',
        REQUEST_CHANGE,
        { input: { newEmail, currentPassword: 'Correct-horse-42' } },
        { token },
      );
      expect(asked.errors).toBeUndefined();
      expect(asked.data?.requestEmailChange.pendingEmail).toBe(newEmail);
      const link = linkToken((await emailsTo(tenant.id, newEmail)).at(-1)?.text ?? '', 'confirm-email');
      // The customer asked with their password: this link works from any browser.
      expect((await app.call('portal', CONFIRM, { input: { tenantSlug: tenant.slug, token: link } })).errors).toBeUndefined();
      expect((await app.owner.portalAccount.findFirstOrThrow({ where: { id: account!.id } })).email).toBe(newEmail);
    } finally {
      app.clock.now = new Date(TEST_START);
    }
  });

  it('changing the email back to the login address cancels the pending change', async () => {
    const { tenant, staff, customer, account } = await world('admin');
    const newEmail = `typo-${randomUUID()}@example.com`;
    await app.call('admin', UPDATE, { id: customer.id, input: { email: newEmail } }, { token: staff });
    const link = linkToken((await emailsTo(tenant.id, newEmail))[0]?.text ?? '', 'confirm-email');
    const back = await app.call<{ updateCustomer: CustomerView }>('admin', UPDATE, { id: customer.id, input: { email: account.email } }, { token: staff });
    expect(back.data?.updateCustomer).toMatchObject({ email: account.email, portalEmail: account.email, pendingPortalEmail: null });
    const { token: session } = await customerToken(app, account);
    expect(code(await app.call('portal', CONFIRM, { input: { tenantSlug: tenant.slug, token: link } }, { token: session }))).toBe('BAD_USER_INPUT');
  });

  it('editing other details with the same email (any case) sends nothing and leaves no change pending', async () => {
    const { tenant, staff, customer } = await world();
    const res = await app.call<{ updateCustomer: CustomerView }>(
      'admin',
      UPDATE,
      { id: customer.id, input: { name: 'Renamed', email: customer.email.toUpperCase() } },
      { token: staff },
    );
    expect(res.data?.updateCustomer.pendingPortalEmail).toBeNull();
    await app.drainJobs([tenant.id]);
    expect(await app.owner.outboxEmail.count({ where: { tenantId: tenant.id } })).toBe(0);
  });

  it("another customer's login email is a CONFLICT, as is their contact email", async () => {
    const { tenant, staff, customer } = await world();
    const { customer: other, account: otherAccount } = await makeCustomer(app.owner, tenant.id);
    // The other customer's contact email was changed by staff; they still sign in with the old one.
    await app.owner.customer.update({ where: { tenantId_id: { tenantId: tenant.id, id: other.id } }, data: { email: `contact-${randomUUID()}@example.com` } });
    expect(code(await app.call('admin', UPDATE, { id: customer.id, input: { email: otherAccount!.email } }, { token: staff }))).toBe('CONFLICT');
  });
});

describe('invitations go to an unconfirmed address only while no login exists', () => {
  it('without a portal account, the invitation goes to the new contact email', async () => {
    const tenant = await makeTenant(app.owner);
    const { token: staff } = await signedInStaff(app, tenant.id, 'dispatcher');
    const { customer } = await makeCustomer(app.owner, tenant.id, { withAccount: false });
    const newEmail = `fresh-${randomUUID()}@example.com`;
    const updated = await app.call<{ updateCustomer: CustomerView }>('admin', UPDATE, { id: customer.id, input: { email: newEmail } }, { token: staff });
    expect(updated.data?.updateCustomer).toMatchObject({ portalStatus: null, portalEmail: null, pendingPortalEmail: null });
    const invited = await app.call<{ inviteCustomer: CustomerView }>('admin', INVITE, { id: customer.id }, { token: staff });
    expect(invited.data?.inviteCustomer).toMatchObject({ portalStatus: 'invited', portalEmail: newEmail });
    expect((await emailsTo(tenant.id, newEmail)).some((e) => e.text.includes('/accept-invitation?token='))).toBe(true);
  });

  it('an invited account follows the new email; the invitation sent to the old one stops working', async () => {
    const tenant = await makeTenant(app.owner);
    const { token: staff } = await signedInStaff(app, tenant.id, 'dispatcher');
    const { customer } = await makeCustomer(app.owner, tenant.id, { withAccount: false });
    await app.call('admin', INVITE, { id: customer.id }, { token: staff });
    const oldInvitation = linkToken((await emailsTo(tenant.id, customer.email))[0]?.text ?? '', 'accept-invitation');

    const newEmail = `right-${randomUUID()}@example.com`;
    const updated = await app.call<{ updateCustomer: CustomerView }>('admin', UPDATE, { id: customer.id, input: { email: newEmail } }, { token: staff });
    expect(updated.data?.updateCustomer).toMatchObject({ portalStatus: 'invited', portalEmail: newEmail, pendingPortalEmail: null });
    expect(code(await app.call('portal', ACCEPT, { input: { tenantSlug: tenant.slug, token: oldInvitation, password: NEW_PASSWORD } }))).toBe('BAD_USER_INPUT');

    await app.call('admin', INVITE, { id: customer.id }, { token: staff });
    const invitation = linkToken((await emailsTo(tenant.id, newEmail)).at(-1)?.text ?? '', 'accept-invitation');
    const accepted = await app.call<{ acceptInvitation: { customer: { id: string } } }>('portal', ACCEPT, {
      input: { tenantSlug: tenant.slug, token: invitation, password: NEW_PASSWORD },
    });
    expect(accepted.data?.acceptInvitation.customer.id).toBe(customer.id);
  });

  it('an active login is not invited again at the new address', async () => {
    const { tenant, staff, customer } = await world();
    const newEmail = `again-${randomUUID()}@example.com`;
    await app.call('admin', UPDATE, { id: customer.id, input: { email: newEmail } }, { token: staff });
    expect(code(await app.call('admin', INVITE, { id: customer.id }, { token: staff }))).toBe('CONFLICT');
    expect((await emailsTo(tenant.id, newEmail)).some((e) => e.text.includes('/accept-invitation?token='))).toBe(false);
  });
});

describe('who sees the pending login email', () => {
  it('office staff of the business only: a technician is FORBIDDEN, another business gets NOT_FOUND, the portal has no such field', async () => {
    const { tenant, staff, customer } = await world();
    await app.call('admin', UPDATE, { id: customer.id, input: { email: `seen-${randomUUID()}@example.com` } }, { token: staff });
    const { token: technician } = await signedInStaff(app, tenant.id, 'technician');
    const asTechnician = await app.call('admin', DETAIL, { id: customer.id }, { token: technician });
    expect(code(asTechnician)).toBe('FORBIDDEN');
    expect(asTechnician.data?.customer ?? null).toBeNull();
    const elsewhere = await makeTenant(app.owner);
    const { token: foreign } = await signedInStaff(app, elsewhere.id, 'owner');
    expect(code(await app.call('admin', DETAIL, { id: customer.id }, { token: foreign }))).toBe('NOT_FOUND');
    const { account: otherAccount } = await makeCustomer(app.owner, tenant.id);
    const { token: otherCustomer } = await customerToken(app, otherAccount!);
    const portal = await app.call('portal', DETAIL, { id: customer.id }, { token: otherCustomer });
    // Not part of the customers' schema at all: refused before anything runs.
    expect(code(portal)).toBe('BAD_USER_INPUT');
    expect(portal.data ?? null).toBeNull();
  });
});
