// An account's contacts through the API (issue 22): the signed-in contact's rights come from
// their session (app_open_request), doors answer FORBIDDEN (NO_CONTACT_RIGHT) and row-level
// security agrees; the primary contact and the office invite, change and remove contacts; an
// invited colleague accepts on the portal and sees only what their rights allow.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContactRight } from '../generated/prisma/enums.js';
import { endpointSchema } from '../graphql/schemas.js';
import { CUSTOMER_NOTIFICATION_KINDS } from '../notifications/notification-kinds.js';
import { CUSTOMER_DEFAULTS } from '../notifications/notification-preferences.js';
import { ruleLabel } from '../platform/door.js';
import { pageStatements, startTestApp, TEST_ORIGIN, type TestApp } from '../test/app.js';
import { subscribeLive, type LiveSubscription } from '../test/live.js';
import { customerToken, makeContact, makeCustomer, makeCustomerRecords, makeStaff, makeTenant, staffToken } from '../test/factory.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
const subscriptions: LiveSubscription[] = [];
afterAll(async () => {
  await Promise.all(subscriptions.map((s) => s.dispose()));
  await app.close();
});

const PASSWORD = 'correct-horse-42';
const CONTACT = 'id name email isPrimary status rights siteIds isMe';
const ADMIN_CONTACT = 'id name email isPrimary status rights siteIds';

async function world() {
  const tenant = await makeTenant(app.owner);
  const { customer, account } = await makeCustomer(app.owner, tenant.id);
  const records = await makeCustomerRecords(app.owner, tenant.id, customer.id);
  const primary = await customerToken(app, account!);
  const signIn = async (rights: ContactRight[], siteIds: string[] = []) => {
    const contact = await makeContact(app.owner, { tenantId: tenant.id, customerId: customer.id }, { rights, siteIds });
    return { contact, ...(await customerToken(app, contact)) };
  };
  return { tenant, customer, account: account!, records, primary, signIn };
}

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

describe('the signed-in contact', () => {
  it('me.contact says who is signed in and their rights; the primary has them all', async () => {
    const w = await world();
    const me = await app.call<{ me: { id: string; contact: Record<string, unknown> } }>('portal', `{ me { id contact { ${CONTACT} } } }`, {}, { token: w.primary.token });
    expect(me.errors).toBeUndefined();
    expect(me.data?.me.id).toBe(w.customer.id);
    expect(me.data?.me.contact).toMatchObject({
      id: w.account.id,
      isPrimary: true,
      isMe: true,
      rights: ['invoices', 'appointments', 'requests', 'documents_all', 'contacts'],
      siteIds: [],
    });
    const desk = await w.signIn(['appointments', 'requests']);
    const deskMe = await app.call<{ me: { contact: Record<string, unknown> } }>('portal', `{ me { contact { ${CONTACT} } } }`, {}, { token: desk.token });
    expect(deskMe.data?.me.contact).toMatchObject({ id: desk.contact.id, isPrimary: false, rights: ['appointments', 'requests'] });
  });

  it('doors: a contact without the right is FORBIDDEN (NO_CONTACT_RIGHT), one with it is served', async () => {
    const w = await world();
    const desk = await w.signIn(['appointments', 'requests']);
    const ap = await w.signIn(['invoices']);
    const noInvoices = await app.call('portal', '{ invoices(first: 5) { nodes { id } } }', {}, { token: desk.token });
    expect(noInvoices.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NO_CONTACT_RIGHT' });
    const noPayments = await app.call('portal', '{ payments(first: 5) { nodes { id } } }', {}, { token: desk.token });
    expect(noPayments.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NO_CONTACT_RIGHT' });
    const invoices = await app.call<{ invoices: { nodes: { id: string }[] } }>('portal', '{ invoices(first: 5) { nodes { id } } }', {}, { token: ap.token });
    expect(invoices.errors).toBeUndefined();
    expect(invoices.data?.invoices.nodes.map((n) => n.id)).toEqual([w.records.invoice.id]);
    for (const query of [
      '{ jobs(first: 5) { nodes { id } } }',
      '{ serviceRequests(first: 5) { nodes { id } } }',
      '{ documents(first: 5) { nodes { id } } }',
      '{ contacts { id } }',
    ]) {
      const refused = await app.call('portal', query, {}, { token: ap.token });
      expect(refused.errors?.[0]?.extensions, query).toMatchObject({ code: 'FORBIDDEN', reason: 'NO_CONTACT_RIGHT' });
    }
    const jobs = await app.call<{ jobs: { nodes: { id: string }[] } }>('portal', '{ jobs(first: 5) { nodes { id } } }', {}, { token: desk.token });
    expect(jobs.errors).toBeUndefined();
    expect(jobs.data?.jobs.nodes.map((n) => n.id)).toEqual([w.records.job.id]);
  });

  it('documents shared with one contact: that contact sees them, no other', async () => {
    const w = await world();
    const front = await w.signIn(['documents_shared']);
    const other = await w.signIn(['documents_shared']);
    await app.owner.documentContactShare.create({ data: { tenantId: w.tenant.id, documentId: w.records.sharedDocument.id, contactId: front.contact.id } });
    const DOCS = '{ documents(first: 5) { nodes { id } } }';
    const seen = await app.call<{ documents: { nodes: { id: string }[] } }>('portal', DOCS, {}, { token: front.token });
    expect(seen.errors).toBeUndefined();
    expect(seen.data?.documents.nodes.map((n) => n.id)).toEqual([w.records.sharedDocument.id]);
    const none = await app.call<{ documents: { nodes: { id: string }[] } }>('portal', DOCS, {}, { token: other.token });
    expect(none.data?.documents.nodes).toEqual([]);
  });

  // The portal's Settings show and edit these (me.contact), not the account's (me), for a contact other than the primary.
  it("another contact's profile is their own: me.contact has their name, sign-in email, phone and language, which updateProfile changes, not the account's", async () => {
    const w = await world();
    const payable = await w.signIn(['invoices']);
    const OWN = '{ me { name email phone locale contact { id name email phone locale isPrimary } } }';
    const before = await app.call<{ me: Record<string, unknown> }>('portal', OWN, {}, { token: payable.token });
    expect(before.errors).toBeUndefined();
    expect(before.data?.me).toEqual({
      name: w.customer.name,
      email: w.customer.email,
      phone: null,
      locale: 'en',
      contact: { id: payable.contact.id, name: payable.contact.name, email: payable.contact.email, phone: null, locale: null, isPrimary: false },
    });

    const saved = await app.call<{ updateProfile: Record<string, unknown> }>(
      'portal',
      'mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { name phone locale contact { name email phone locale } } }',
      { input: { name: ' Marcus Reed ', phone: '+1 773-555-0188', locale: 'fr' } },
      { token: payable.token },
    );
    expect(saved.errors).toBeUndefined();
    // The answer carries what was written: the contact's; the account's details are untouched.
    expect(saved.data?.updateProfile).toEqual({
      name: w.customer.name,
      phone: null,
      locale: 'en',
      contact: { name: 'Marcus Reed', email: payable.contact.email, phone: '+1 773-555-0188', locale: 'fr' },
    });
    expect(await app.owner.customer.findFirstOrThrow({ where: { id: w.customer.id } })).toMatchObject({ name: w.customer.name, phone: null, locale: 'en' });
    expect(await app.owner.portalAccount.findFirstOrThrow({ where: { id: w.account.id } })).toMatchObject({ name: w.account.name, phone: null });

    // Each contact reads only themselves: the primary, another account's contact, another business's.
    const primaryMe = await app.call<{ me: { contact: { id: string; phone: string | null } } }>('portal', OWN, {}, { token: w.primary.token });
    expect(primaryMe.data?.me.contact).toMatchObject({ id: w.account.id, phone: null });
    const neighbour = await makeCustomer(app.owner, w.tenant.id);
    const neighbourMe = await app.call<{ me: { contact: { id: string } } }>('portal', OWN, {}, { token: (await customerToken(app, neighbour.account!)).token });
    expect(neighbourMe.data?.me.contact.id).toBe(neighbour.account!.id);
    const elsewhere = await world();
    const elsewhereMe = await app.call<{ me: { contact: { id: string } } }>('portal', OWN, {}, { token: elsewhere.primary.token });
    expect(elsewhereMe.data?.me.contact.id).toBe(elsewhere.account.id);
    // Staff have no `me` on the portal.
    const staff = await staffToken(app, await makeStaff(app.owner, w.tenant.id));
    const staffMe = await app.call('portal', OWN, {}, { token: staff.token });
    expect(staffMe.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);

    // Their sign-in email is the primary contact's to change (the portal says so instead of offering the form).
    const change = await app.call(
      'portal',
      'mutation($input: RequestEmailChangeInput!) { requestEmailChange(input: $input) { id } }',
      { input: { newEmail: 'marcus@example.com', currentPassword: PASSWORD } },
      { token: payable.token },
    );
    expect(change.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PRIMARY_CONTACT' });
    expect(await app.owner.portalAccount.findFirstOrThrow({ where: { id: payable.contact.id } })).toMatchObject({ email: payable.contact.email });
  });
});

describe('managing contacts in the portal', () => {
  const INVITE = `mutation($input: InviteContactInput!) { inviteContact(input: $input) { ${CONTACT} } }`;
  const UPDATE = `mutation($input: UpdateContactInput!) { updateContact(input: $input) { ${CONTACT} } }`;
  const REMOVE = 'mutation($id: ID!) { removeContact(id: $id) }';

  it('the primary invites a colleague with book-only rights, who accepts, signs in and cannot see invoices', async () => {
    const w = await world();
    const invited = await app.call<{ inviteContact: { id: string; status: string; rights: string[] } }>(
      'portal',
      INVITE,
      { input: { name: 'Rosa Front', email: 'rosa.front@example.net', locale: 'fr', rights: ['appointments'] } },
      { token: w.primary.token },
    );
    expect(invited.errors).toBeUndefined();
    expect(invited.data?.inviteContact).toMatchObject({ status: 'invited', rights: ['appointments'] });
    const [email] = await emailsTo(w.tenant.id, 'rosa.front@example.net');
    expect(email?.text).toMatch(/Rosa Front/);
    expect(email?.subject).toMatch(/vous invite/);
    const link = tokenIn(email?.text ?? '', `${TEST_ORIGIN}/${w.tenant.slug}/accept-invitation?token=`);
    const token = await app.owner.oneTimeToken.findFirst({ where: { tenantId: w.tenant.id, purpose: 'invitation', usedAt: null }, orderBy: { createdAt: 'desc' } });
    expect(token?.contactId).toBe(invited.data?.inviteContact.id);

    const accepted = await app.call<{ acceptInvitation: { token: string; customer: { id: string } } }>(
      'portal',
      'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token customer { id } } }',
      { input: { tenantSlug: w.tenant.slug, token: link, password: PASSWORD } },
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptInvitation.customer.id).toBe(w.customer.id);
    const colleague = accepted.data?.acceptInvitation.token ?? '';
    const me = await app.call<{ me: { contact: { id: string; isMe: boolean; status: string } } }>('portal', '{ me { contact { id isMe status } } }', {}, { token: colleague });
    expect(me.data?.me.contact).toEqual({ id: invited.data?.inviteContact.id, isMe: true, status: 'active' });
    // The primary's login is untouched.
    expect((await app.owner.portalAccount.findFirst({ where: { id: w.account.id } }))?.status).toBe('active');
    const refused = await app.call('portal', '{ invoices(first: 5) { nodes { id } } }', {}, { token: colleague });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NO_CONTACT_RIGHT' });
    const activity = await app.owner.activityLog.findFirst({ where: { tenantId: w.tenant.id, action: 'contact.invited' } });
    expect(activity).toMatchObject({ actorType: 'customer', actorId: w.customer.id, contactId: w.account.id });
  });

  it('bad input changes nothing: both documents rights, a site of another account, a taken email', async () => {
    const w = await world();
    const other = await makeCustomer(app.owner, w.tenant.id);
    const otherSite = await app.owner.site.create({
      data: { tenantId: w.tenant.id, customerId: other.customer.id, label: 'Theirs', addressLine1: '9 Elm', city: 'X', postalCode: '1', country: 'US' },
    });
    const input = { name: 'Sam', email: 'sam@example.net', rights: ['appointments'] };
    const conflict = await app.call('portal', INVITE, { input: { ...input, rights: ['documents_all', 'documents_shared'] } }, { token: w.primary.token });
    expect(conflict.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'RIGHTS_CONFLICT', field: 'rights' });
    const site = await app.call('portal', INVITE, { input: { ...input, siteIds: [otherSite.id] } }, { token: w.primary.token });
    expect(site.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SITE_NOT_FOUND' });
    const taken = await app.call('portal', INVITE, { input: { ...input, email: other.account!.email } }, { token: w.primary.token });
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'EMAIL_TAKEN' });
    expect(await app.owner.portalAccount.count({ where: { customerId: w.customer.id } })).toBe(1);
  });

  it('a contacts manager changes rights and removes others, never themselves or the primary; removal ends the sign-in', async () => {
    const w = await world();
    const manager = await w.signIn(['appointments', 'requests', 'contacts']);
    const desk = await w.signIn(['appointments']);
    const listed = await app.call<{ contacts: { id: string; isPrimary: boolean; isMe: boolean }[] }>('portal', '{ contacts { id isPrimary isMe } }', {}, { token: manager.token });
    expect(listed.data?.contacts[0]).toMatchObject({ id: w.account.id, isPrimary: true, isMe: false });
    expect(listed.data?.contacts).toHaveLength(3);

    const changed = await app.call<{ updateContact: { rights: string[]; siteIds: string[] } }>(
      'portal',
      UPDATE,
      { input: { id: desk.contact.id, rights: ['appointments', 'requests'], siteIds: [w.records.site.id] } },
      { token: manager.token },
    );
    expect(changed.errors).toBeUndefined();
    expect(changed.data?.updateContact).toMatchObject({ rights: ['appointments', 'requests'], siteIds: [w.records.site.id] });
    // A right the manager lacks is neither given (here to a colleague, or to a new address of their own) nor taken away.
    const beyond = await app.call('portal', UPDATE, { input: { id: desk.contact.id, rights: ['appointments', 'invoices'] } }, { token: manager.token });
    expect(beyond.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rights', reason: 'BEYOND_OWN_RIGHTS' });
    const invited = await app.call(
      'portal',
      'mutation($input: InviteContactInput!) { inviteContact(input: $input) { id } }',
      { input: { name: 'Second me', email: `second-${w.tenant.id}@example.com`, rights: ['invoices'] } },
      { token: manager.token },
    );
    expect(invited.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BEYOND_OWN_RIGHTS' });
    expect(await app.owner.portalAccount.count({ where: { email: `second-${w.tenant.id}@example.com` } })).toBe(0);
    const own = await app.call('portal', UPDATE, { input: { id: manager.contact.id, rights: ['invoices', 'contacts'] } }, { token: manager.token });
    expect(own.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_RIGHTS' });
    const primary = await app.call('portal', UPDATE, { input: { id: w.account.id, rights: [] } }, { token: manager.token });
    expect(primary.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PRIMARY_CONTACT' });
    const removePrimary = await app.call('portal', REMOVE, { id: w.account.id }, { token: manager.token });
    expect(removePrimary.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PRIMARY_CONTACT' });
    const removeSelf = await app.call('portal', REMOVE, { id: manager.contact.id }, { token: manager.token });
    expect(removeSelf.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_RIGHTS' });

    const removed = await app.call<{ removeContact: string }>('portal', REMOVE, { id: desk.contact.id }, { token: manager.token });
    expect(removed.errors).toBeUndefined();
    expect(removed.data?.removeContact).toBe(desk.contact.id);
    expect(await app.owner.portalAccount.count({ where: { id: desk.contact.id } })).toBe(0);
    expect(await app.owner.session.count({ where: { portalAccountId: desk.contact.id } })).toBe(0);
    const after = await app.call('portal', '{ me { id } }', {}, { token: desk.token });
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('others cannot reach a contact: a contact without the right, another account, another business, staff on the portal', async () => {
    const w = await world();
    const desk = await w.signIn(['appointments']);
    const target = await w.signIn(['requests']);
    const noRight = await app.call('portal', REMOVE, { id: target.contact.id }, { token: desk.token });
    expect(noRight.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NO_CONTACT_RIGHT' });
    const neighbour = await makeCustomer(app.owner, w.tenant.id);
    const theirs = await customerToken(app, neighbour.account!);
    for (const [query, variables] of [
      [REMOVE, { id: target.contact.id }],
      [UPDATE, { input: { id: target.contact.id, rights: ['invoices'] } }],
      ['mutation($id: ID!) { resendContactInvitation(id: $id) { id } }', { id: target.contact.id }],
    ] as const) {
      const answer = await app.call('portal', query, variables, { token: theirs.token });
      expect(answer.errors?.[0]?.extensions?.code, query).toBe('NOT_FOUND');
    }
    const elsewhere = await makeTenant(app.owner);
    const stranger = await makeCustomer(app.owner, elsewhere.id);
    const far = await app.call('portal', REMOVE, { id: target.contact.id }, { token: (await customerToken(app, stranger.account!)).token });
    expect(far.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const staff = await staffToken(app, await makeStaff(app.owner, w.tenant.id, 'owner'));
    const staffOnPortal = await app.call('portal', REMOVE, { id: target.contact.id }, { token: staff.token });
    expect(staffOnPortal.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    expect(await app.owner.portalAccount.count({ where: { id: target.contact.id } })).toBe(1);
  });
});

describe('the office manages contacts', () => {
  const INVITE = `mutation($customerId: ID!, $input: InviteContactInput!) { inviteCustomerContact(customerId: $customerId, input: $input) { ${ADMIN_CONTACT} } }`;

  it('an office member invites, lists, changes, makes primary and removes; a technician and another business cannot', async () => {
    const w = await world();
    const dispatcher = await staffToken(app, await makeStaff(app.owner, w.tenant.id, 'dispatcher'));
    const invited = await app.call<{ inviteCustomerContact: { id: string; status: string } }>(
      'admin',
      INVITE,
      { customerId: w.customer.id, input: { name: 'Accounts payable', email: 'ap@example.net', rights: ['invoices'] } },
      { token: dispatcher.token },
    );
    expect(invited.errors).toBeUndefined();
    const id = invited.data?.inviteCustomerContact.id ?? '';
    expect(await emailsTo(w.tenant.id, 'ap@example.net')).toHaveLength(1);
    const listed = await app.call<{ customer: { contacts: { id: string; isPrimary: boolean }[] } }>(
      'admin',
      'query($id: ID!) { customer(id: $id) { contacts { id isPrimary } } }',
      { id: w.customer.id },
      { token: dispatcher.token },
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.data?.customer.contacts).toEqual([
      { id: w.account.id, isPrimary: true },
      { id, isPrimary: false },
    ]);
    const changed = await app.call<{ updateCustomerContact: { rights: string[] } }>(
      'admin',
      'mutation($input: UpdateContactInput!) { updateCustomerContact(input: $input) { rights } }',
      { input: { id, rights: ['invoices', 'documents_shared'] } },
      { token: dispatcher.token },
    );
    expect(changed.data?.updateCustomerContact.rights).toEqual(['invoices', 'documents_shared']);

    const technician = await staffToken(app, await makeStaff(app.owner, w.tenant.id, 'technician'));
    const refused = await app.call('admin', 'mutation($id: ID!) { removeCustomerContact(id: $id) }', { id }, { token: technician.token });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const other = await makeTenant(app.owner);
    const stranger = await staffToken(app, await makeStaff(app.owner, other.id, 'owner'));
    const far = await app.call('admin', 'mutation($id: ID!) { removeCustomerContact(id: $id) }', { id }, { token: stranger.token });
    expect(far.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const made = await app.call<{ setPrimaryContact: { isPrimary: boolean; rights: string[] } }>(
      'admin',
      'mutation($id: ID!) { setPrimaryContact(id: $id) { isPrimary rights } }',
      { id },
      { token: dispatcher.token },
    );
    expect(made.data?.setPrimaryContact).toEqual({ isPrimary: true, rights: ['invoices', 'appointments', 'requests', 'documents_all', 'contacts'] });
    expect((await app.owner.portalAccount.findFirst({ where: { id: w.account.id } }))?.isPrimary).toBe(false);
    // The account now goes by the new primary's address (what staff send invoices to).
    const newPrimary = await app.owner.portalAccount.findFirstOrThrow({ where: { id } });
    expect((await app.owner.customer.findFirstOrThrow({ where: { id: w.customer.id } })).email).toBe(newPrimary.email);
    const removeFormer = await app.call<{ removeCustomerContact: string }>(
      'admin',
      'mutation($id: ID!) { removeCustomerContact(id: $id) }',
      { id: w.account.id },
      { token: dispatcher.token },
    );
    expect(removeFormer.data?.removeCustomerContact).toBe(w.account.id);
    const removeNew = await app.call('admin', 'mutation($id: ID!) { removeCustomerContact(id: $id) }', { id }, { token: dispatcher.token });
    expect(removeNew.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PRIMARY_CONTACT' });
  });
});

describe('the office reads how each contact hears from the business', () => {
  const CHOICES = 'query($id: ID!) { customer(id: $id) { contacts { id notificationChoices { kind channel } } } }';
  type Choice = { kind: string; channel: string };
  type Choices = { customer: { contacts: { id: string; notificationChoices: Choice[] }[] } };

  it("lists the kinds each contact's rights bring them, with their own choice or the default, as their portal settings do", async () => {
    const w = await world();
    const payer = await w.signIn(['invoices']);
    const desk = await w.signIn(['appointments']);
    // The accounts-payable contact turns new-invoice news off in their portal settings.
    const off = await app.call(
      'portal',
      'mutation($input: NotificationPreferencesInput!) { updateMyNotificationPreferences(input: $input) { kind } }',
      { input: { preferences: [{ kind: 'invoiceIssued', channel: 'none' }] } },
      { token: payer.token },
    );
    expect(off.errors).toBeUndefined();

    const dispatcher = await staffToken(app, await makeStaff(app.owner, w.tenant.id, 'dispatcher'));
    const read = await app.call<Choices>('admin', CHOICES, { id: w.customer.id }, { token: dispatcher.token });
    expect(read.errors).toBeUndefined();
    const choicesOf = (id: string) => read.data?.customer.contacts.find((c) => c.id === id)?.notificationChoices;

    // The primary hears of everything, each kind by its default.
    expect(choicesOf(w.account.id)).toEqual(CUSTOMER_NOTIFICATION_KINDS.map((kind) => ({ kind, channel: CUSTOMER_DEFAULTS[kind] })));
    // Invoices, payments and quotes, with invoices off; nothing about visits.
    expect(choicesOf(payer.contact.id)).toEqual([
      { kind: 'invoiceIssued', channel: 'none' },
      { kind: 'paymentReceived', channel: 'both' },
      { kind: 'paymentFailed', channel: 'both' },
      { kind: 'messageReceived', channel: 'both' },
      { kind: 'projectDelayed', channel: 'both' },
      { kind: 'quoteSent', channel: 'both' },
      { kind: 'signatureRequested', channel: 'both' },
      { kind: 'meterReadingDue', channel: 'both' },
      { kind: 'supplyOrderUpdated', channel: 'both' },
    ]);
    // Without the invoices right: no invoice, payment or quote kinds at all.
    expect(choicesOf(desk.contact.id)?.map((c) => c.kind)).toEqual([
      'bookingConfirmed',
      'bookingChanged',
      'technicianOnTheWay',
      'jobCompleted',
      'messageReceived',
      'projectDelayed',
      'signatureRequested',
      'meterReadingDue',
      'supplyOrderUpdated',
    ]);

    // What the contact's own preferences page says comes to them, the office reads the same.
    const own = await app.call<{ myNotificationPreferences: (Choice & { roleReceives: boolean })[] }>(
      'portal',
      '{ myNotificationPreferences { kind channel roleReceives } }',
      {},
      { token: payer.token },
    );
    expect(own.data?.myNotificationPreferences.filter((p) => p.roleReceives).map(({ kind, channel }) => ({ kind, channel }))).toEqual(choicesOf(payer.contact.id));
  });

  it("hearsNow is the database's own rule (app_contact_hears), for every status of the primary and of a colleague", async () => {
    const w = await world();
    const owner = await staffToken(app, await makeStaff(app.owner, w.tenant.id, 'owner'));
    const STATUSES = ['invited', 'active', 'deactivated'] as const;
    const colleagues = await Promise.all(
      STATUSES.map((status) => makeContact(app.owner, { tenantId: w.tenant.id, customerId: w.customer.id }, { rights: ['appointments'], status })),
    );
    const LIST = 'query($id: ID!) { customer(id: $id) { contacts { id hearsNow } } }';
    const shown: Record<string, boolean | undefined> = {};
    for (const status of STATUSES) {
      await app.owner.portalAccount.update({ where: { tenantId_id: { tenantId: w.tenant.id, id: w.account.id } }, data: { status } });
      const read = await app.call<{ customer: { contacts: { id: string; hearsNow: boolean }[] } }>('admin', LIST, { id: w.customer.id }, { token: owner.token });
      expect(read.errors).toBeUndefined();
      const hearsNow = (id: string) => read.data?.customer.contacts.find((c) => c.id === id)?.hearsNow;
      // Every contact as the database decides who is told.
      const rows = await app.owner.$queryRaw<{ id: string; hears: boolean }[]>`
        SELECT id, app_contact_hears(status, is_primary) AS hears FROM portal_accounts WHERE tenant_id = ${w.tenant.id}::uuid AND customer_id = ${w.customer.id}::uuid`;
      expect(rows).toHaveLength(4);
      for (const row of rows) expect(hearsNow(row.id), `primary ${status}, contact ${row.id}`).toBe(row.hears);
      shown[`primary ${status}`] = hearsNow(w.account.id);
      colleagues.forEach((colleague, i) => (shown[`colleague ${STATUSES[i]}`] = hearsNow(colleague.id)));
    }
    // The rule itself: the primary unless deactivated, a colleague once they have accepted.
    expect(shown).toEqual({
      'primary invited': true,
      'primary active': true,
      'primary deactivated': false,
      'colleague invited': false,
      'colleague active': true,
      'colleague deactivated': false,
    });
  });

  it('reading them with the contacts costs no statement more', async () => {
    const w = await world();
    await w.signIn(['invoices']);
    await w.signIn(['appointments', 'requests']);
    const owner = await staffToken(app, await makeStaff(app.owner, w.tenant.id, 'owner'));
    const LIST = 'query($id: ID!) { customer(id: $id) { contacts { id } } }';
    await app.call('admin', LIST, { id: w.customer.id }, { token: owner.token });
    app.statements.length = 0;
    await app.call('admin', LIST, { id: w.customer.id }, { token: owner.token });
    const withoutChoices = pageStatements(app.statements).length;
    app.statements.length = 0;
    const read = await app.call<Choices>('admin', CHOICES, { id: w.customer.id }, { token: owner.token });
    expect(read.errors).toBeUndefined();
    expect(read.data?.customer.contacts).toHaveLength(3);
    expect(pageStatements(app.statements)).toHaveLength(withoutChoices);
  });

  it('only the office reads them: not a technician, another business, or a contact who manages contacts', async () => {
    const w = await world();
    const invited = await makeContact(app.owner, { tenantId: w.tenant.id, customerId: w.customer.id }, { rights: ['invoices'], status: 'invited' });
    const RESEND = 'mutation($id: ID!) { resendCustomerContactInvitation(id: $id) { id hearsNow notificationChoices { kind channel } } }';
    const LIST = 'query($id: ID!) { customer(id: $id) { contacts { id hearsNow notificationChoices { kind channel } } } }';

    const technician = await staffToken(app, await makeStaff(app.owner, w.tenant.id, 'technician'));
    const elsewhere = await makeTenant(app.owner);
    const stranger = await staffToken(app, await makeStaff(app.owner, elsewhere.id, 'owner'));
    for (const [token, code] of [
      [technician.token, 'FORBIDDEN'],
      [stranger.token, 'NOT_FOUND'],
    ] as const) {
      for (const [query, variables] of [
        [LIST, { id: w.customer.id }],
        [RESEND, { id: invited.id }],
      ] as const) {
        const refused = await app.call('admin', query, variables, { token });
        expect(refused.errors?.[0]?.extensions?.code, `${code}: ${query}`).toBe(code);
        expect(JSON.stringify(refused.data ?? null), query).not.toMatch(/channel|hearsNow/);
      }
    }
    expect(await emailsTo(w.tenant.id, invited.email)).toHaveLength(0);

    // A contact's own portal session, even the primary's, is no key to the admin endpoint.
    const asContact = await app.call('admin', LIST, { id: w.customer.id }, { token: w.primary.token });
    expect(asContact.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(asContact.data ?? null)).not.toMatch(/channel|hearsNow/);

    // The field keeps a door of its own, should a contact ever be reached another way.
    const contactRules = endpointSchema('admin').rules.Contact as Record<string, unknown> | undefined;
    expect(ruleLabel(contactRules?.notificationChoices)).toBe('staff: owner, admin, dispatcher');

    // In the portal a contact's choices are theirs alone: the contacts list has no such field.
    for (const field of ['notificationChoices { kind }', 'hearsNow']) {
      const portal = await app.call('portal', `{ contacts { id ${field} } }`, {}, { token: w.primary.token });
      expect(portal.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' });
    }
  });
});

describe('the office deactivates one contact', () => {
  it("ends that contact's sign-in only; reactivating lets them back in", async () => {
    const w = await world();
    const desk = await w.signIn(['appointments']);
    const admin = await staffToken(app, await makeStaff(app.owner, w.tenant.id, 'admin'));
    const off = await app.call<{ deactivateCustomerContact: { status: string } }>(
      'admin',
      'mutation($id: ID!) { deactivateCustomerContact(id: $id) { status } }',
      { id: desk.contact.id },
      { token: admin.token },
    );
    expect(off.errors).toBeUndefined();
    expect(off.data?.deactivateCustomerContact.status).toBe('deactivated');
    expect((await app.call('portal', '{ me { id } }', {}, { token: desk.token })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.call('portal', '{ me { id } }', {}, { token: w.primary.token })).errors).toBeUndefined();
    const on = await app.call<{ reactivateCustomerContact: { status: string } }>(
      'admin',
      'mutation($id: ID!) { reactivateCustomerContact(id: $id) { status } }',
      { id: desk.contact.id },
      { token: admin.token },
    );
    expect(on.data?.reactivateCustomerContact.status).toBe('active');
    const again = await customerToken(app, desk.contact);
    expect((await app.call('portal', '{ me { id } }', {}, { token: again.token })).errors).toBeUndefined();
  });
});

describe('the migration to contacts', () => {
  it('a login from before contacts becomes its account primary contact with every right, and behaves as before', async () => {
    const tenant = await makeTenant(app.owner);
    const customer = await app.owner.customer.create({ data: { tenantId: tenant.id, name: 'Old Timer', email: 'old.timer@example.net', locale: 'fr', phone: '555 0100' } });
    // As the data model's migration found it: no name, no primary flag, no rights.
    const login = await app.owner.portalAccount.create({ data: { tenantId: tenant.id, customerId: customer.id, email: customer.email, status: 'active' } });
    await makeCustomerRecords(app.owner, tenant.id, customer.id);
    const migration = readFileSync(
      path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../prisma/migrations/20261209000100_contacts_privacy_audit/migration.sql'),
      'utf8',
    );
    const update = /UPDATE portal_accounts pa[\s\S]*?WHERE c\.tenant_id = pa\.tenant_id AND c\.id = pa\.customer_id/.exec(migration)?.[0];
    expect(update).toBeDefined();
    // The migration's own statement, kept to this test's business (tests share the database).
    await app.owner.$executeRawUnsafe(`${update} AND pa.tenant_id = '${tenant.id}'`);
    const migrated = await app.owner.portalAccount.findFirst({ where: { id: login.id } });
    expect(migrated).toMatchObject({
      isPrimary: true,
      name: 'Old Timer',
      locale: 'fr',
      phone: '555 0100',
      rights: ['invoices', 'appointments', 'requests', 'documents_all', 'contacts'],
    });

    const { token } = await customerToken(app, login);
    const me = await app.call<{
      me: { contact: { isPrimary: boolean; rights: string[] } };
      invoices: { nodes: unknown[] };
      jobs: { nodes: unknown[] };
      documents: { nodes: unknown[] };
    }>('portal', '{ me { contact { isPrimary rights } } invoices(first: 5) { nodes { id } } jobs(first: 5) { nodes { id } } documents(first: 5) { nodes { id } } }', {}, { token });
    expect(me.errors).toBeUndefined();
    expect(me.data?.me.contact.isPrimary).toBe(true);
    expect([me.data?.invoices.nodes.length, me.data?.jobs.nodes.length, me.data?.documents.nodes.length]).toEqual([1, 1, 1]);
  });
});

describe('live events follow the contact rights', () => {
  it("a contact's subscription receives what their rights show, and closes when the contact is removed", async () => {
    const w = await world();
    const desk = await w.signIn(['appointments']);
    const ap = await w.signIn(['invoices']);
    const deskLive = await subscribeLive(app, 'portal', { token: desk.token });
    const apLive = await subscribeLive(app, 'portal', { token: ap.token });
    const primaryLive = await subscribeLive(app, 'portal', { token: w.primary.token });
    subscriptions.push(deskLive, apLive, primaryLive);
    await app.owner.invoice.updateMany({ where: { id: w.records.invoice.id }, data: { paidMinor: 500 } });
    await app.owner.job.updateMany({ where: { id: w.records.job.id }, data: { title: 'Visit moved' } });
    await deskLive.until((e) => e.subjectId === w.records.job.id);
    await apLive.until((e) => e.subjectId === w.records.job.id || e.subjectId === w.records.invoice.id);
    await primaryLive.until((e) => e.subjectId === w.records.job.id);
    // The job's event is the last write: an invoice event for the desk would have come before it.
    expect(deskLive.events.map((e) => e.subject)).toEqual(['JOB']);
    expect(primaryLive.events.map((e) => e.subject)).toEqual(['INVOICE', 'JOB']);
    // The ap contact's last event is the invoice; give the job's a moment by a write they do see.
    await app.owner.invoice.updateMany({ where: { id: w.records.invoice.id }, data: { paidMinor: 600 } });
    await apLive.until((e) => e.subjectId === w.records.invoice.id && apLive.events.filter((x) => x.subject === 'INVOICE').length === 2);
    expect(apLive.events.map((e) => e.subject)).toEqual(['INVOICE', 'INVOICE']);

    const removed = await app.call('portal', 'mutation($id: ID!) { removeContact(id: $id) }', { id: desk.contact.id }, { token: w.primary.token });
    expect(removed.errors).toBeUndefined();
    expect(typeof (await deskLive.closed).code).toBe('number');
  });
});
