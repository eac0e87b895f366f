// Staff alerts through the real endpoints: the setting (who may change it, what it accepts),
// the emails a booking, an appointment request and an urgent service request queue (to exactly
// the roles chosen, active staff only, in their language, once), and the inbox counts.
// The test clock starts on Friday 20 Nov 2026, 09:00 in Chicago; Monday 23 Nov 09:00 CST is 15:00Z.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/app.js';
import { makeBookingCustomer, makeBookingTenant, makeJob, makeStaff, signedInStaff, staffToken, type BookingTenantOptions } from '../test/factory.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const MON_0900 = '2026-11-23T15:00:00.000Z';
const SETTINGS = '{ staffAlertSettings { kind roles } }';
const UPDATE = 'mutation($input: StaffAlertSettingsInput!) { updateStaffAlertSettings(input: $input) { kind roles } }';
const COUNTS = '{ attentionCounts { appointmentRequests serviceRequests urgentRequests total } }';
const BOOK = 'mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { id status } }';
const SUBMIT = 'mutation($input: SubmitServiceRequestInput!) { submitServiceRequest(input: $input) { id urgency } }';

type Settings = { kind: string; roles: string[] }[];

/** A booking business with one member of staff of each role (the technician is the factory's), a customer, and a business next door. */
async function world(options: BookingTenantOptions = {}) {
  const setup = await makeBookingTenant(app.owner, options);
  const tenantId = setup.tenant.id;
  const owner = await signedInStaff(app, tenantId, 'owner');
  const admin = await makeStaff(app.owner, tenantId, 'admin');
  const dispatcher = await app.owner.staffUser.update({
    where: { tenantId_id: { tenantId, id: (await makeStaff(app.owner, tenantId, 'dispatcher')).id } },
    data: { locale: 'fr-CA' },
  });
  const gone = await app.owner.staffUser.update({
    where: { tenantId_id: { tenantId, id: (await makeStaff(app.owner, tenantId, 'dispatcher')).id } },
    data: { status: 'deactivated' },
  });
  const technician = setup.technicians[0]!;
  const me = await makeBookingCustomer(app, tenantId);
  const next = await makeBookingTenant(app.owner, options);
  const nextDispatcher = await makeStaff(app.owner, next.tenant.id, 'dispatcher');
  return { ...setup, owner, admin, dispatcher, gone, technician, me, next, nextDispatcher };
}

type World = Awaited<ReturnType<typeof world>>;

const book = (w: World, start = MON_0900) =>
  app.call<{ bookAppointment: { id: string; status: string } }>(
    'portal',
    BOOK,
    { input: { serviceTypeId: w.serviceType.id, start, siteId: w.me.site.id, description: 'It rattles.' } },
    { token: w.me.token },
  );

const submit = (w: World, urgency: string, description = 'Water everywhere in the basement.\nPlease come fast.') =>
  app.call<{ submitServiceRequest: { id: string } }>('portal', SUBMIT, { input: { description, urgency } }, { token: w.me.token });

/** The emails to staff (no customer) in this tenant, by address, with their delivery jobs. */
async function staffMail(tenantId: string) {
  const rows = await app.owner.outboxEmail.findMany({ where: { tenantId, customerId: null }, orderBy: { toAddress: 'asc' } });
  const jobs = await app.owner.$queryRawUnsafe<{ id: string }[]>(
    `SELECT j.payload->>'id' AS id FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
     WHERE t.identifier = 'outbox-deliver' AND j.flags ? $1`,
    `tenant:${tenantId}`,
  );
  return rows.map((r) => ({ to: r.toAddress, subject: r.subject, text: r.text, queued: jobs.filter((j) => j.id === r.id).length, sentAt: r.sentAt }));
}

const setRoles = (w: World, alerts: { kind: string; roles: string[] }[]) =>
  app.call<{ updateStaffAlertSettings: Settings }>('admin', UPDATE, { input: { alerts } }, { token: w.owner.token });

describe('the staff alert setting', () => {
  it('starts with the office for every kind; an owner changes some kinds and the others stay', async () => {
    const w = await world();
    const read = await app.call<{ staffAlertSettings: Settings }>('admin', SETTINGS, {}, { token: w.owner.token });
    expect(read.data?.staffAlertSettings).toEqual([
      { kind: 'newBooking', roles: ['owner', 'admin', 'dispatcher'] },
      { kind: 'appointmentRequest', roles: ['owner', 'admin', 'dispatcher'] },
      { kind: 'urgentRequest', roles: ['owner', 'admin', 'dispatcher'] },
      { kind: 'paymentReceived', roles: ['owner', 'admin'] },
      { kind: 'reviewSubmitted', roles: ['owner', 'admin'] },
      { kind: 'messageReceived', roles: ['owner', 'admin', 'dispatcher'] },
      { kind: 'supplyOrderPlaced', roles: ['owner', 'admin', 'dispatcher'] },
    ]);
    const changed = await setRoles(w, [
      { kind: 'newBooking', roles: ['dispatcher', 'owner', 'dispatcher'] },
      { kind: 'urgentRequest', roles: ['technician'] },
    ]);
    expect(changed.errors).toBeUndefined();
    expect(changed.data?.updateStaffAlertSettings).toEqual([
      { kind: 'newBooking', roles: ['owner', 'dispatcher'] },
      { kind: 'appointmentRequest', roles: ['owner', 'admin', 'dispatcher'] },
      { kind: 'urgentRequest', roles: ['technician'] },
      { kind: 'paymentReceived', roles: ['owner', 'admin'] },
      { kind: 'reviewSubmitted', roles: ['owner', 'admin'] },
      { kind: 'messageReceived', roles: ['owner', 'admin', 'dispatcher'] },
      { kind: 'supplyOrderPlaced', roles: ['owner', 'admin', 'dispatcher'] },
    ]);
    const again = await app.call<{ staffAlertSettings: Settings }>('admin', SETTINGS, {}, { token: w.owner.token });
    expect(again.data?.staffAlertSettings).toEqual(changed.data?.updateStaffAlertSettings);
    // The business next door keeps its own.
    const nextOwner = await signedInStaff(app, w.next.tenant.id, 'owner');
    const theirs = await app.call<{ staffAlertSettings: Settings }>('admin', SETTINGS, {}, { token: nextOwner.token });
    expect(theirs.data?.staffAlertSettings[0]).toEqual({ kind: 'newBooking', roles: ['owner', 'admin', 'dispatcher'] });
    expect(await app.owner.activityLog.count({ where: { tenantId: w.tenant.id, action: 'tenant.settings_updated' } })).toBe(1);
  });

  it('takes every kind at once, as the settings page sends them', async () => {
    const w = await world();
    const read = await app.call<{ staffAlertSettings: Settings }>('admin', SETTINGS, {}, { token: w.owner.token });
    const every = (read.data?.staffAlertSettings ?? []).map((a) => ({ kind: a.kind, roles: a.kind === 'supplyOrderPlaced' ? ['owner'] : a.roles }));
    expect(every).toHaveLength(7);
    const saved = await setRoles(w, every);
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.updateStaffAlertSettings.find((a) => a.kind === 'supplyOrderPlaced')?.roles).toEqual(['owner']);
  });

  it('refuses a kind given twice, nobody for urgent requests, and an unknown role, changing nothing', async () => {
    const w = await world();
    const twice = await setRoles(w, [
      { kind: 'newBooking', roles: ['owner'] },
      { kind: 'newBooking', roles: ['admin'] },
    ]);
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
    const nobody = await setRoles(w, [
      { kind: 'newBooking', roles: [] },
      { kind: 'urgentRequest', roles: [] },
    ]);
    expect(nobody.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'roles' });
    const unknown = await setRoles(w, [{ kind: 'newBooking', roles: ['janitor'] }]);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const stored = await app.owner.tenant.findUniqueOrThrow({ where: { id: w.tenant.id } });
    expect(stored.staffAlerts).toEqual({
      newBooking: ['owner', 'admin', 'dispatcher'],
      appointmentRequest: ['owner', 'admin', 'dispatcher'],
      urgentRequest: ['owner', 'admin', 'dispatcher'],
      paymentReceived: ['owner', 'admin'],
      reviewSubmitted: ['owner', 'admin'],
      messageReceived: ['owner', 'admin', 'dispatcher'],
    });
  });

  it('only owners and admins read or change it; a dispatcher and a technician are FORBIDDEN, a customer has no such field', async () => {
    const w = await world();
    const admin = (await staffToken(app, w.admin)).token;
    expect((await app.call('admin', SETTINGS, {}, { token: admin })).errors).toBeUndefined();
    for (const member of [w.dispatcher, w.technician]) {
      const { token } = await staffToken(app, member);
      expect((await app.call('admin', SETTINGS, {}, { token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await app.call('admin', UPDATE, { input: { alerts: [{ kind: 'newBooking', roles: ['technician'] }] } }, { token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const onPortal = await app.call('portal', SETTINGS, {}, { token: w.me.token });
    expect(onPortal.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const customerOnAdmin = await app.call('admin', SETTINGS, {}, { token: w.me.token });
    expect(customerOnAdmin.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('alert emails', () => {
  it('an instant booking emails exactly the roles chosen, active staff only, in their language, queued once', async () => {
    const w = await world();
    expect((await setRoles(w, [{ kind: 'newBooking', roles: ['dispatcher', 'technician'] }])).errors).toBeUndefined();
    const booked = await book(w);
    expect(booked.data?.bookAppointment.status).toBe('scheduled');
    const mail = await staffMail(w.tenant.id);
    expect(mail.map((m) => m.to).sort()).toEqual([w.dispatcher.email, w.technician.email].sort());
    const french = mail.find((m) => m.to === w.dispatcher.email)!;
    expect(french.subject).toBe(`Nouvelle réservation : Furnace tune-up, lundi 23 novembre 2026 à 09:00 (${w.me.customer.name})`);
    expect(french.text).toContain(`/jobs/${booked.data!.bookAppointment.id}`);
    const english = mail.find((m) => m.to === w.technician.email)!;
    expect(english.subject).toBe(`New booking: Furnace tune-up, Monday, November 23, 2026 at 9:00 AM (${w.me.customer.name})`);
    expect(mail.every((m) => m.queued === 1)).toBe(true);
    // Nothing to the other business's staff, and the customer still gets their own email.
    expect(await app.owner.outboxEmail.count({ where: { tenantId: w.next.tenant.id } })).toBe(0);
    expect(
      await app.owner.outboxEmail.count({ where: { tenantId: w.tenant.id, toAddress: { in: [w.gone.email, w.admin.email, w.owner.staff.email, w.nextDispatcher.email] } } }),
    ).toBe(0);
    expect(await app.owner.outboxEmail.count({ where: { tenantId: w.tenant.id, customerId: w.me.customer.id } })).toBe(1);
    // Delivered once by the worker.
    await app.drainJobs([w.tenant.id]);
    await app.drainJobs([w.tenant.id]);
    const sent = await app.owner.outboxEmail.findMany({ where: { tenantId: w.tenant.id, customerId: null } });
    expect(sent.map((m) => [m.sentAt !== null, m.attempts])).toEqual([
      [true, 1],
      [true, 1],
    ]);
  });

  it('an appointment request (request mode) alerts the office by default, not technicians', async () => {
    const w = await world({ mode: 'request' });
    expect((await book(w)).data?.bookAppointment.status).toBe('requested');
    const mail = await staffMail(w.tenant.id);
    expect(mail.map((m) => m.to).sort()).toEqual([w.owner.staff.email, w.admin.email, w.dispatcher.email].sort());
    expect(mail.find((m) => m.to === w.owner.staff.email)?.subject).toMatch(/^Appointment request to confirm: Furnace tune-up, Monday, November 23, 2026 at 9:00/);
    expect(mail.find((m) => m.to === w.dispatcher.email)?.subject).toMatch(/^Demande de rendez-vous à confirmer/);
  });

  it('an urgent or emergency service request alerts its roles; a normal or high one alerts nobody', async () => {
    const w = await world();
    expect((await setRoles(w, [{ kind: 'urgentRequest', roles: ['owner', 'dispatcher'] }])).errors).toBeUndefined();
    for (const urgency of ['normal', 'high']) expect((await submit(w, urgency)).errors).toBeUndefined();
    expect(await staffMail(w.tenant.id)).toEqual([]);
    const emergency = await submit(w, 'emergency');
    expect(emergency.errors).toBeUndefined();
    const mail = await staffMail(w.tenant.id);
    expect(mail.map((m) => m.to).sort()).toEqual([w.owner.staff.email, w.dispatcher.email].sort());
    const english = mail.find((m) => m.to === w.owner.staff.email)!;
    expect(english.subject).toBe(`Emergency service request from ${w.me.customer.name}`);
    expect(english.text).toContain('Water everywhere in the basement.\n');
    expect(english.text).toContain(`/requests/${emergency.data!.submitServiceRequest.id}`);
    expect(mail.find((m) => m.to === w.dispatcher.email)?.subject).toBe(`Demande d'intervention d'urgence de ${w.me.customer.name}`);
    expect(mail.every((m) => m.queued === 1)).toBe(true);
  });

  it('a booking that fails queues no alert', async () => {
    const w = await world();
    expect((await book(w)).errors).toBeUndefined();
    const before = (await staffMail(w.tenant.id)).length;
    const taken = await book(w);
    expect(taken.errors?.[0]?.extensions?.code).toBeDefined();
    expect(await staffMail(w.tenant.id)).toHaveLength(before);
  });
});

describe('attention counts', () => {
  it('count what waits in the inbox, urgent ones apart, and nothing of another business', async () => {
    const w = await world({ mode: 'request' });
    await book(w);
    await submit(w, 'normal');
    await submit(w, 'urgent');
    const handled = await submit(w, 'emergency');
    await app.owner.serviceRequest.update({ where: { tenantId_id: { tenantId: w.tenant.id, id: handled.data!.submitServiceRequest.id } }, data: { status: 'declined' } });
    await makeJob(app.owner, w.tenant.id, w.me.customer.id, {
      siteId: w.me.site.id,
      serviceTypeId: w.serviceType.id,
      start: new Date('2026-11-24T15:00:00Z'),
      status: 'scheduled',
    });
    // The business next door has a request of its own waiting.
    const theirCustomer = await makeBookingCustomer(app, w.next.tenant.id);
    await app.call('portal', SUBMIT, { input: { description: 'Help', urgency: 'emergency' } }, { token: theirCustomer.token });

    const res = await app.call<{ attentionCounts: Record<string, number> }>('admin', COUNTS, {}, { token: w.owner.token });
    expect(res.data?.attentionCounts).toEqual({ appointmentRequests: 1, serviceRequests: 2, urgentRequests: 1, total: 3 });
    const dispatcher = (await staffToken(app, w.dispatcher)).token;
    expect((await app.call('admin', COUNTS, {}, { token: dispatcher })).data).toEqual(res.data);
    const nextOwner = await signedInStaff(app, w.next.tenant.id, 'owner');
    expect((await app.call('admin', COUNTS, {}, { token: nextOwner.token })).data).toEqual({
      attentionCounts: { appointmentRequests: 0, serviceRequests: 1, urgentRequests: 1, total: 1 },
    });

    await app.owner.tenant.update({ where: { id: w.tenant.id }, data: { featureRequests: false } });
    expect((await app.call('admin', COUNTS, {}, { token: w.owner.token })).data).toEqual({
      attentionCounts: { appointmentRequests: 1, serviceRequests: 0, urgentRequests: 0, total: 1 },
    });
  });

  it('a technician is FORBIDDEN; a customer token is not accepted and the portal has no such field', async () => {
    const w = await world();
    const technician = (await staffToken(app, w.technician)).token;
    expect((await app.call('admin', COUNTS, {}, { token: technician })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app.call('admin', COUNTS, {}, { token: w.me.token })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.call('portal', COUNTS, {}, { token: w.me.token })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
