import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_START, type TestApp } from '../test/app.js';
import { customerToken, makeCustomer, makeTenant } from '../test/factory.js';
import { hashPassword } from '../auth/passwords.js';
import { withScope } from '../test/rls-scope.js';

let app: TestApp;
let passwordHash: string;
const PASSWORD = 'Correct-horse-42';
beforeAll(async () => {
  app = await startTestApp();
  passwordHash = await hashPassword(PASSWORD);
});
afterAll(() => app.close());

const ME = '{ me { id name email phone locale canEditProfile pendingEmail } }';

async function signedIn(options: { profileEdit?: boolean } = {}) {
  const tenant = await makeTenant(app.owner);
  if (options.profileEdit === false) await app.owner.tenant.update({ where: { id: tenant.id }, data: { customerProfileEdit: false } });
  const { customer, account } = await makeCustomer(app.owner, tenant.id, { passwordHash });
  const { token } = await customerToken(app, account!);
  return { tenant, customer, account: account!, token };
}

const actions = async (customerId: string) => (await app.owner.activityLog.findMany({ where: { customerId }, orderBy: { createdAt: 'asc' } })).map((a) => a.action);

const UPDATE = 'mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { name phone locale } }';

describe('profile', () => {
  it('shows phone, language and whether it may be edited', async () => {
    const { token, customer } = await signedIn();
    const res = await app.call<{ me: Record<string, unknown> }>('portal', ME, {}, { token });
    expect(res.errors).toBeUndefined();
    expect(res.data?.me).toEqual({
      id: customer.id,
      name: customer.name,
      email: customer.email,
      phone: null,
      locale: 'en',
      canEditProfile: true,
      pendingEmail: null,
    });
  });

  it('a customer edits name, phone and language, and the change is logged', async () => {
    const { token, customer } = await signedIn();
    const res = await app.call<{ updateProfile: Record<string, unknown> }>(
      'portal',
      UPDATE,
      { input: { name: '  Ada Lovelace ', phone: '+1 (555) 010-2030', locale: 'fr' } },
      { token },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateProfile).toEqual({ name: 'Ada Lovelace', phone: '+1 (555) 010-2030', locale: 'fr' });
    const cleared = await app.call<{ updateProfile: Record<string, unknown> }>('portal', UPDATE, { input: { phone: '' } }, { token });
    expect(cleared.data?.updateProfile).toEqual({ name: 'Ada Lovelace', phone: null, locale: 'fr' });
    expect(await actions(customer.id)).toEqual(['profile.updated', 'profile.updated']);
  });

  it('bad input names the field and changes nothing', async () => {
    const { token, customer } = await signedIn();
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '   ' }, 'name'],
      [{ name: 'x'.repeat(121) }, 'name'],
      [{ name: 'Fine', phone: 'call me maybe' }, 'phone'],
      [{ phone: '12' }, 'phone'],
      [{ name: 'Fine', locale: 'xx' }, 'locale'],
      // German was offered once, but the portal, emails and PDFs are not written in it.
      [{ name: 'Fine', locale: 'de' }, 'locale'],
    ];
    for (const [input, field] of cases) {
      const res = await app.call('portal', UPDATE, { input }, { token });
      expect(res.errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const row = await app.owner.customer.findFirstOrThrow({ where: { id: customer.id } });
    expect(row).toMatchObject({ name: customer.name, phone: null, locale: 'en' });
    expect(await actions(customer.id)).toEqual([]);
  });

  it('where the business keeps the details, editing is FORBIDDEN with a message to contact it', async () => {
    const { token, tenant, customer } = await signedIn({ profileEdit: false });
    const me = await app.call<{ me: { canEditProfile: boolean } }>('portal', ME, {}, { token });
    expect(me.data?.me.canEditProfile).toBe(false);
    const res = await app.call('portal', UPDATE, { input: { name: 'New name' } }, { token });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(res.errors?.[0]?.message).toBe(`Your details are managed by ${tenant.name}. Please contact them to change them.`);
    const email = await app.call('portal', REQUEST, { input: { newEmail: 'new@example.com', currentPassword: PASSWORD } }, { token });
    expect(email.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app.owner.customer.findFirstOrThrow({ where: { id: customer.id } })).name).toBe(customer.name);
  });

  it('notification preferences can always be changed, even where the business keeps the details', async () => {
    const { token, customer } = await signedIn({ profileEdit: false });
    const res = await app.call<{ updateMyNotificationPreferences: { kind: string; channel: string }[] }>(
      'portal',
      'mutation($input: NotificationPreferencesInput!) { updateMyNotificationPreferences(input: $input) { kind channel } }',
      { input: { preferences: [{ kind: 'invoiceIssued', channel: 'inApp' }] } },
      { token },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateMyNotificationPreferences).toContainEqual({ kind: 'invoiceIssued', channel: 'inApp' });
    expect(res.data?.updateMyNotificationPreferences).toContainEqual({ kind: 'bookingConfirmed', channel: 'both' });
    const stored = await app.owner.portalAccount.findFirstOrThrow({ where: { customerId: customer.id } });
    expect(stored.notificationPreferences).toMatchObject({ invoiceIssued: 'inApp', bookingConfirmed: 'both' });
    expect(await actions(customer.id)).toEqual(['profile.updated']);
  });
});

const REQUEST = 'mutation($input: RequestEmailChangeInput!) { requestEmailChange(input: $input) { email pendingEmail } }';
const CONFIRM = 'mutation($input: ConfirmEmailChangeInput!) { confirmEmailChange(input: $input) }';

const outbox = (tenantId: string, to: string) => app.owner.outboxEmail.findMany({ where: { tenantId, toAddress: to }, orderBy: { createdAt: 'asc' } });
const tokenIn = (text: string) => /confirm-email\?token=([^\s]+)/.exec(text)?.[1];

describe('email change', () => {
  it('is confirmed from a link sent to the new address, after a notice to the old one, once', async () => {
    const { token, tenant, customer, account } = await signedIn();
    const newEmail = `new-${customer.id}@example.com`;
    const wrong = await app.call('portal', REQUEST, { input: { newEmail, currentPassword: 'Not-the-password-1' } }, { token });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    expect(await outbox(tenant.id, newEmail)).toEqual([]);

    const res = await app.call<{ requestEmailChange: { email: string; pendingEmail: string } }>('portal', REQUEST, { input: { newEmail, currentPassword: PASSWORD } }, { token });
    expect(res.errors).toBeUndefined();
    expect(res.data?.requestEmailChange).toEqual({ email: customer.email, pendingEmail: newEmail });
    const [confirmation] = await outbox(tenant.id, newEmail);
    const [notice] = await outbox(tenant.id, customer.email);
    expect(notice?.text).toContain(newEmail);
    expect(tokenIn(notice?.text ?? '')).toBeUndefined();
    const link = tokenIn(confirmation?.text ?? '');
    expect(link).toBeDefined();
    expect(confirmation?.text).toContain(`/${tenant.slug}/confirm-email?token=`);

    // Confirmed from another browser, not signed in.
    const confirmed = await app.call<{ confirmEmailChange: boolean }>('portal', CONFIRM, { input: { tenantSlug: tenant.slug, token: decodeURIComponent(link!) } });
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data?.confirmEmailChange).toBe(true);
    expect((await app.owner.customer.findFirstOrThrow({ where: { id: customer.id } })).email).toBe(newEmail);
    expect((await app.owner.portalAccount.findFirstOrThrow({ where: { id: account.id } })).email).toBe(newEmail);
    const me = await app.call<{ me: { email: string; pendingEmail: string | null } }>('portal', ME, {}, { token });
    expect(me.data?.me).toMatchObject({ email: newEmail, pendingEmail: null });
    expect(await actions(customer.id)).toEqual(['profile.email_change_requested', 'profile.email_changed']);

    const again = await app.call('portal', CONFIRM, { input: { tenantSlug: tenant.slug, token: decodeURIComponent(link!) } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
  });

  it('an expired link, or one for another business, changes nothing', async () => {
    const { token, tenant, customer } = await signedIn();
    const other = await makeTenant(app.owner);
    const newEmail = `late-${customer.id}@example.com`;
    await app.call('portal', REQUEST, { input: { newEmail, currentPassword: PASSWORD } }, { token });
    const link = decodeURIComponent(tokenIn((await outbox(tenant.id, newEmail))[0]?.text ?? '') ?? '');
    const elsewhere = await app.call('portal', CONFIRM, { input: { tenantSlug: other.slug, token: link } });
    expect(elsewhere.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    app.clock.now = new Date(TEST_START.getTime() + 25 * 3_600_000);
    try {
      const res = await app.call('portal', CONFIRM, { input: { tenantSlug: tenant.slug, token: link } });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    } finally {
      app.clock.now = new Date(TEST_START);
    }
    expect((await app.owner.customer.findFirstOrThrow({ where: { id: customer.id } })).email).toBe(customer.email);
  });

  it('an address another customer uses gets the same answer, and its mailbox a note instead of a link', async () => {
    const { token, tenant } = await signedIn();
    const { customer: other } = await makeCustomer(app.owner, tenant.id);
    const res = await app.call<{ requestEmailChange: { pendingEmail: string } }>('portal', REQUEST, { input: { newEmail: other.email, currentPassword: PASSWORD } }, { token });
    expect(res.errors).toBeUndefined();
    expect(res.data?.requestEmailChange.pendingEmail).toBe(other.email);
    const [note] = await outbox(tenant.id, other.email);
    expect(note?.text).toContain('already exists');
    expect(tokenIn(note?.text ?? '')).toBeUndefined();
  });

  it('refuses the current address and a malformed one, naming the field', async () => {
    const { token, customer } = await signedIn();
    const same = await app.call('portal', REQUEST, { input: { newEmail: customer.email.toUpperCase(), currentPassword: PASSWORD } }, { token });
    expect(same.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newEmail' });
    const malformed = await app.call('portal', REQUEST, { input: { newEmail: 'not an email', currentPassword: PASSWORD } }, { token });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newEmail' });
  });
});

describe('row-level security of one-time tokens', () => {
  it("a customer's own scope sees their email-change tokens only, never sign-in links", async () => {
    const { tenant, customer } = await signedIn();
    const { customer: other } = await makeCustomer(app.owner, tenant.id);
    const token = (customerId: string, purpose: 'email_change' | 'magic_link' | 'password_reset', tokenHash: string) =>
      ({ tenantId: tenant.id, customerId, purpose, tokenHash, expiresAt: new Date(TEST_START.getTime() + 3_600_000) }) as const;
    await app.owner.oneTimeToken.createMany({
      data: [
        token(customer.id, 'email_change', `a-${customer.id}`),
        token(customer.id, 'magic_link', `b-${customer.id}`),
        token(customer.id, 'password_reset', `c-${customer.id}`),
        token(other.id, 'email_change', `d-${other.id}`),
      ],
    });
    const seen = await withScope(app.db, { tenantId: tenant.id, role: 'customer', customerId: customer.id }, (tx) => tx.oneTimeToken.findMany());
    expect(seen.map((t) => t.tokenHash)).toEqual([`a-${customer.id}`]);
    // Nor can the customer mint a token of another purpose.
    await expect(
      withScope(app.db, { tenantId: tenant.id, role: 'customer', customerId: customer.id }, (tx) =>
        tx.oneTimeToken.create({ data: token(customer.id, 'magic_link', `e-${customer.id}`) }),
      ),
    ).rejects.toThrow();
  });
});
