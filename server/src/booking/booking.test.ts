// Online booking through the real portal and admin endpoints, against the real database.
// The test clock starts on Friday 20 Nov 2026, 09:00 in Chicago; Monday 23 Nov 08:00 CST is 14:00Z.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ORIGIN, startTestApp, type TestApp } from '../test/app.js';
import { isOverlapViolation } from './booking.data.js';
import { makeBookingCustomer, makeBookingTenant, makeStaff, staffToken, type BookingTenantOptions } from '../test/factory.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const MON_0800 = '2026-11-23T14:00:00.000Z';
const MON_0900 = '2026-11-23T15:00:00.000Z';
const TUE_1000 = '2026-11-24T16:00:00.000Z';

const SLOTS = 'query($s: ID!, $from: String!, $to: String!) { availableSlots(serviceTypeId: $s, from: $from, to: $to) { date slots { start end localTime } } }';
const BOOK = `mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) {
  id status scheduledStart scheduledEnd requestedStart requestedEnd technicianName description canChange changeDeadline } }`;
const JOB = 'query($id: ID!) { job(id: $id) { id status scheduledStart requestedStart declineReason technicianName canChange } }';

type SlotDays = { availableSlots: { date: string; slots: { start: string; localTime: string }[] }[] };
type Booked = {
  bookAppointment: {
    id: string;
    status: string;
    scheduledStart: string;
    scheduledEnd: string;
    requestedStart: string | null;
    technicianName: string | null;
    canChange: boolean;
    changeDeadline: string;
  };
};

async function world(options: BookingTenantOptions = {}) {
  const setup = await makeBookingTenant(app.owner, options);
  const me = await makeBookingCustomer(app, setup.tenant.id);
  const owner = await makeStaff(app.owner, setup.tenant.id, 'owner');
  return { ...setup, me, staff: (await staffToken(app, owner)).token };
}

const bookInput = (w: Awaited<ReturnType<typeof world>>, start: string, extra: Record<string, unknown> = {}) => ({
  input: { serviceTypeId: w.serviceType.id, start, siteId: w.me.site.id, description: 'The furnace makes a noise.', ...extra },
});

describe('slots over the portal', () => {
  it("lists a service's free start times in the tenant's zone, per local day", async () => {
    const w = await world();
    const res = await app.call<SlotDays>('portal', SLOTS, { s: w.serviceType.id, from: '2026-11-21', to: '2026-11-23' }, { token: w.me.token });
    expect(res.errors).toBeUndefined();
    expect(res.data?.availableSlots.map((d) => d.date)).toEqual(['2026-11-21', '2026-11-22', '2026-11-23']);
    expect(res.data?.availableSlots[2]?.slots.map((s) => s.localTime)).toEqual(['08:00', '09:00', '10:00', '11:00']);
    expect(res.data?.availableSlots[2]?.slots[0]?.start).toBe(MON_0800);
    const services = await app.call<{ bookableServices: { id: string }[] }>(
      'portal',
      '{ bookableServices { id name durationMinutes priceMinor } bookingOptions { mode timeZone changeWindowHours } }',
      {},
      { token: w.me.token },
    );
    expect(services.data?.bookableServices.map((s) => s.id)).toEqual([w.serviceType.id]);
  });

  it('a month of slots for 20 technicians and 2,000 jobs takes one statement beyond the tenant', async () => {
    const w = await world({ technicians: 20, hours: Object.fromEntries(['1', '2', '3', '4', '5', '6', '7'].map((d) => [d, [['08:00', '18:00']]])) });
    // 100 one-hour jobs per technician over 25 days; odd technicians start an hour later.
    const inserted = await app.owner.$executeRaw`
      INSERT INTO jobs (id, tenant_id, customer_id, site_id, service_type_id, technician_id, title, status, scheduled_start, scheduled_end, updated_at)
      SELECT gen_random_uuid(), ${w.tenant.id}::uuid, ${w.me.customer.id}::uuid, ${w.me.site.id}::uuid, ${w.serviceType.id}::uuid, x.tech, 'Busy', 'scheduled', s.start, s.start + interval '1 hour', now()
      FROM unnest(${w.technicians.map((t) => t.id)}::uuid[]) WITH ORDINALITY AS x(tech, n), generate_series(0, 99) AS i,
      LATERAL (SELECT make_timestamptz(2026, 12, 1 + i % 25, 14 + 2 * (i / 25) + ((x.n - 1) % 2)::int, 0, 0, 'UTC') AS start) s`;
    expect(inserted).toBe(2000);
    const count = async (query: string, variables: Record<string, unknown>) => {
      const before = app.statements.length;
      const res = await app.call<SlotDays>('portal', query, variables, { token: w.me.token });
      expect(res.errors).toBeUndefined();
      return { statements: app.statements.length - before, res };
    };
    const baseline = await count('{ bookingOptions { mode } }', {});
    const month = await count(SLOTS, { s: w.serviceType.id, from: '2026-12-01', to: '2026-12-31' });
    expect(month.statements - baseline.statements).toBe(1);
    const dec1 = month.res.data?.availableSlots.find((d) => d.date === '2026-12-01');
    // Every technician is busy at 08:00 or 09:00, but half of them are free at each: all hours offered.
    expect(dec1?.slots.map((s) => s.localTime)).toEqual(['08:00', '09:00', '10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00', '17:00']);
  });

  it('a booked slot disappears for a one-technician business, and a range over 62 days or reversed is refused', async () => {
    const w = await world();
    expect((await app.call<Booked>('portal', BOOK, bookInput(w, MON_0800), { token: w.me.token })).errors).toBeUndefined();
    const res = await app.call<SlotDays>('portal', SLOTS, { s: w.serviceType.id, from: '2026-11-23', to: '2026-11-23' }, { token: w.me.token });
    expect(res.data?.availableSlots[0]?.slots.map((s) => s.localTime)).toEqual(['09:00', '10:00', '11:00']);
    for (const [from, to] of [
      ['2026-11-23', '2027-01-24'],
      ['2026-11-23', '2026-11-22'],
      ['2026-11-23', 'tomorrow'],
    ]) {
      const bad = await app.call('portal', SLOTS, { s: w.serviceType.id, from, to }, { token: w.me.token });
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    }
  });

  it('booking switched off is FORBIDDEN for slots, services and booking', async () => {
    const w = await world();
    await app.owner.tenant.update({ where: { id: w.tenant.id }, data: { featureBooking: false } });
    for (const [query, vars] of [
      [SLOTS, { s: w.serviceType.id, from: '2026-11-23', to: '2026-11-23' }],
      ['{ bookableServices { id } }', {}],
      ['{ calendarFeed { active } }', {}],
      [BOOK, bookInput(w, MON_0800)],
    ] as const) {
      const res = await app.call('portal', query, vars, { token: w.me.token });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(res.errors?.[0]?.message).toContain('Online booking is not available');
    }
  });
});

describe('booking', () => {
  it('instant mode: a scheduled job with a qualified technician, an email and an activity entry', async () => {
    const w = await world({ technicians: 2 });
    const res = await app.call<Booked>('portal', BOOK, bookInput(w, MON_0900, { assetId: w.me.asset.id, accessInstructions: 'Key under the mat' }), { token: w.me.token });
    expect(res.errors).toBeUndefined();
    const job = res.data!.bookAppointment;
    expect(job).toMatchObject({
      status: 'scheduled',
      scheduledStart: MON_0900,
      scheduledEnd: '2026-11-23T16:00:00.000Z',
      canChange: true,
      changeDeadline: '2026-11-22T15:00:00.000Z',
    });
    expect(w.technicians.map((t) => t.name)).toContain(job.technicianName);
    const row = await app.owner.job.findFirstOrThrow({ where: { id: job.id } });
    expect(row).toMatchObject({ bookedOnline: true, assetId: w.me.asset.id, description: 'The furnace makes a noise.' });
    expect((await app.owner.site.findFirstOrThrow({ where: { id: w.me.site.id } })).accessInstructions).toBe('Key under the mat');
    const mail = await app.owner.outboxEmail.findMany({ where: { tenantId: w.tenant.id, customerId: w.me.customer.id } });
    expect(mail.map((m) => m.subject)).toEqual([expect.stringContaining('Booked: Furnace tune-up on Monday, November 23, 2026 at 9:00')]);
    expect(await app.owner.activityLog.count({ where: { tenantId: w.tenant.id, action: 'booking.booked', subjectId: job.id } })).toBe(1);
  });

  it('the least loaded technician takes the job', async () => {
    const w = await world({ technicians: 2 });
    const [a, b] = w.technicians;
    await app.owner.job.create({
      data: {
        tenantId: w.tenant.id,
        customerId: w.me.customer.id,
        siteId: w.me.site.id,
        serviceTypeId: w.serviceType.id,
        technicianId: a!.id,
        title: 'Busy',
        scheduledStart: new Date(MON_0800),
        scheduledEnd: new Date(MON_0900),
      },
    });
    const res = await app.call<Booked>('portal', BOOK, bookInput(w, TUE_1000), { token: w.me.token });
    expect(res.data?.bookAppointment.technicianName).toBe(b!.name);
    expect((await app.owner.job.findFirstOrThrow({ where: { id: res.data!.bookAppointment.id } })).technicianId).toBe(b!.id);
  });

  it('25 customers racing for the last free slot: exactly one job, the others CONFLICT', async () => {
    const w = await world();
    const customers = await Promise.all(Array.from({ length: 25 }, () => makeBookingCustomer(app, w.tenant.id)));
    const results = await Promise.all(
      customers.map((c) =>
        app.call<Booked>('portal', BOOK, { input: { serviceTypeId: w.serviceType.id, start: MON_0800, siteId: c.site.id, description: 'Race' } }, { token: c.token }),
      ),
    );
    const winners = results.filter((r) => !r.errors);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(24);
    for (const r of losers) {
      expect(r.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(r.errors?.[0]?.message).toContain('pick another time');
    }
    expect(await app.owner.job.count({ where: { tenantId: w.tenant.id, scheduledStart: new Date(MON_0800) } })).toBe(1);
  });

  it('the database itself refuses two overlapping jobs of one technician', async () => {
    const w = await world();
    const base = { tenantId: w.tenant.id, customerId: w.me.customer.id, siteId: w.me.site.id, serviceTypeId: w.serviceType.id, technicianId: w.technicians[0]!.id, title: 'x' };
    await app.owner.job.create({ data: { ...base, scheduledStart: new Date(MON_0800), scheduledEnd: new Date(MON_0900) } });
    const second = app.owner.job.create({ data: { ...base, scheduledStart: new Date('2026-11-23T14:30:00Z'), scheduledEnd: new Date('2026-11-23T15:30:00Z') } });
    const error = await second.then(
      () => null,
      (e: unknown) => e,
    );
    // guardOverlap recognises exactly this refusal and answers CONFLICT.
    expect(isOverlapViolation(error)).toBe(true);
    expect(isOverlapViolation(new Error('deadlock detected'))).toBe(false);
  });

  it('buffers hold between an existing job and a booking', async () => {
    const w = await world({ rules: { bufferAfterMinutes: 30 } });
    expect((await app.call<Booked>('portal', BOOK, bookInput(w, MON_0800), { token: w.me.token })).errors).toBeUndefined();
    const next = await app.call('portal', BOOK, bookInput(w, MON_0900), { token: w.me.token });
    expect(next.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it("another customer's or another tenant's site or asset, a foreign service and malformed ids are NOT_FOUND", async () => {
    const w = await world();
    const neighbour = await makeBookingCustomer(app, w.tenant.id);
    const stranger = await world();
    const cases: [Record<string, unknown>, string][] = [
      [{ siteId: neighbour.site.id }, 'This site'],
      [{ siteId: stranger.me.site.id }, 'This site'],
      [{ siteId: 'nope' }, 'This site'],
      [{ assetId: neighbour.asset.id }, 'This asset'],
      [{ assetId: stranger.me.asset.id }, 'This asset'],
      [{ assetId: randomUUID() }, 'This asset'],
      [{ serviceTypeId: stranger.serviceType.id }, 'This service'],
      [{ serviceTypeId: 'x' }, 'This service'],
    ];
    for (const [extra, what] of cases) {
      const res = await app.call('portal', BOOK, bookInput(w, MON_0800, extra), { token: w.me.token });
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(res.errors?.[0]?.message).toBe(`${what} was not found.`);
    }
    const slots = await app.call('portal', SLOTS, { s: stranger.serviceType.id, from: '2026-11-23', to: '2026-11-23' }, { token: w.me.token });
    expect(slots.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await app.owner.job.count({ where: { tenantId: w.tenant.id } })).toBe(0);
  });

  it('a start outside the offered times, in the past, inside the lead time or on a closed day is BAD_USER_INPUT on start', async () => {
    const w = await world();
    await app.owner.closedDate.create({ data: { tenantId: w.tenant.id, date: new Date('2026-11-24'), label: 'Training' } });
    const cases: [string, string][] = [
      ['2026-11-23T14:30:00.000Z', 'not one of the offered start times'],
      ['2026-11-21T15:00:00.000Z', 'not one of the offered start times'], // Saturday
      ['2026-11-19T15:00:00.000Z', 'already passed'],
      ['2026-11-20T15:30:00.000Z', 'at least 60 minutes ahead'],
      [TUE_1000, 'closed that day'],
      ['2027-02-01T14:00:00.000Z', 'at most 60 days ahead'],
    ];
    for (const [start, message] of cases) {
      const res = await app.call('portal', BOOK, bookInput(w, start), { token: w.me.token });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'start' });
      expect(res.errors?.[0]?.message).toContain(message);
    }
    const empty = await app.call('portal', BOOK, bookInput(w, MON_0800, { description: '  ' }), { token: w.me.token });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'description' });
    expect(await app.owner.job.count({ where: { tenantId: w.tenant.id } })).toBe(0);
  });
});

describe('request mode', () => {
  it('request, staff confirm at another time, the customer sees the new time and the time they asked for', async () => {
    const w = await world({ mode: 'request' });
    const booked = await app.call<Booked>('portal', BOOK, bookInput(w, MON_0800), { token: w.me.token });
    expect(booked.data?.bookAppointment).toMatchObject({ status: 'requested', requestedStart: MON_0800, technicianName: null });
    const id = booked.data!.bookAppointment.id;
    const queue = await app.call<{ appointmentRequests: { nodes: { id: string; customerName: string; serviceType: { name: string }; requestedStart: string }[] } }>(
      'admin',
      '{ appointmentRequests { nodes { id customerName serviceType { name } requestedStart description } } }',
      {},
      { token: w.staff },
    );
    expect(queue.data?.appointmentRequests.nodes).toEqual([
      { id, customerName: w.me.customer.name, serviceType: { name: 'Furnace tune-up' }, requestedStart: MON_0800, description: 'The furnace makes a noise.' },
    ]);
    const confirmed = await app.call<{ confirmAppointment: { status: string; start: string; technicianName: string } }>(
      'admin',
      'mutation($id: ID!, $start: DateTimeISO) { confirmAppointment(id: $id, start: $start) { status start: scheduledStart technicianName } }',
      { id, start: TUE_1000 },
      { token: w.staff },
    );
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data?.confirmAppointment).toMatchObject({ status: 'scheduled', start: TUE_1000, technicianName: w.technicians[0]!.name });
    const seen = await app.call<{ job: Record<string, unknown> }>('portal', JOB, { id }, { token: w.me.token });
    expect(seen.data?.job).toMatchObject({ status: 'scheduled', scheduledStart: TUE_1000, requestedStart: MON_0800, technicianName: w.technicians[0]!.name });
    const mail = await app.owner.outboxEmail.findMany({ where: { tenantId: w.tenant.id, customerId: w.me.customer.id }, orderBy: { createdAt: 'asc' } });
    expect(mail.map((m) => m.subject.split(':')[0])).toEqual(['Request received', 'Confirmed']);
    // Confirming twice is a state conflict, not a second job.
    const again = await app.call('admin', 'mutation($id: ID!) { confirmAppointment(id: $id) { id } }', { id }, { token: w.staff });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('decline needs a reason, and the customer sees it', async () => {
    const w = await world({ mode: 'request' });
    const id = (await app.call<Booked>('portal', BOOK, bookInput(w, MON_0800), { token: w.me.token })).data!.bookAppointment.id;
    const DECLINE = 'mutation($id: ID!, $r: String!) { declineAppointment(id: $id, reason: $r) { status declineReason } }';
    const blank = await app.call('admin', DECLINE, { id, r: ' ' }, { token: w.staff });
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const declined = await app.call('admin', DECLINE, { id, r: 'Fully booked that week' }, { token: w.staff });
    expect(declined.data).toEqual({ declineAppointment: { status: 'declined', declineReason: 'Fully booked that week' } });
    const seen = await app.call<{ job: Record<string, unknown> }>('portal', JOB, { id }, { token: w.me.token });
    expect(seen.data?.job).toMatchObject({ status: 'declined', declineReason: 'Fully booked that week', canChange: false });
  });

  it("staff cannot confirm another tenant's request or name another tenant's technician", async () => {
    const w = await world({ mode: 'request' });
    const other = await world({ mode: 'request' });
    const id = (await app.call<Booked>('portal', BOOK, bookInput(w, MON_0800), { token: w.me.token })).data!.bookAppointment.id;
    const CONFIRM = 'mutation($id: ID!, $t: ID) { confirmAppointment(id: $id, technicianId: $t) { id } }';
    const foreignJob = await app.call('admin', CONFIRM, { id }, { token: other.staff });
    expect(foreignJob.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const foreignTech = await app.call('admin', CONFIRM, { id, t: other.technicians[0]!.id }, { token: w.staff });
    expect(foreignTech.errors?.[0]).toMatchObject({ message: 'This technician was not found.', extensions: { code: 'NOT_FOUND' } });
  });

  it("the appointment-request queue is the office's own: no other tenant, technician or customer lists, confirms or declines a request", async () => {
    const w = await world({ mode: 'request' });
    const other = await world({ mode: 'request' });
    const id = (await app.call<Booked>('portal', BOOK, bookInput(w, MON_0800), { token: w.me.token })).data!.bookAppointment.id;
    const LIST = '{ appointmentRequests { nodes { id } } }';
    const CONFIRM = 'mutation($id: ID!) { confirmAppointment(id: $id) { id } }';
    const DECLINE = 'mutation($id: ID!) { declineAppointment(id: $id, reason: "No") { id } }';
    const listed = async (token: string) =>
      (await app.call<{ appointmentRequests: { nodes: { id: string }[] } }>('admin', LIST, {}, { token })).data?.appointmentRequests.nodes.map((n) => n.id);
    expect(await listed(w.staff)).toContain(id);
    // Another tenant's office sees nothing of it and reaches it like a missing id.
    expect(await listed(other.staff)).not.toContain(id);
    for (const query of [CONFIRM, DECLINE]) {
      const res = await app.call('admin', query, { id }, { token: other.staff });
      expect(res.errors?.[0]?.extensions?.code, query).toBe('NOT_FOUND');
    }
    // The business's own technician does not run the queue.
    const technician = (await staffToken(app, w.technicians[0]!)).token;
    for (const query of [LIST, CONFIRM, DECLINE]) {
      const res = await app.call('admin', query, { id }, { token: technician });
      expect(res.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
    }
    // Customers, the one who asked and another of the same business, are refused on the admin endpoint.
    const neighbour = await makeBookingCustomer(app, w.tenant.id);
    for (const token of [w.me.token, neighbour.token]) {
      for (const query of [LIST, CONFIRM, DECLINE]) {
        const res = await app.call('admin', query, { id }, { token });
        expect(res.errors?.[0]?.extensions?.code, query).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
      }
    }
    expect(await app.owner.job.findFirstOrThrow({ where: { id } })).toMatchObject({ status: 'requested', declineReason: null });
  });
});

describe('reschedule and cancel', () => {
  const RESCHEDULE = 'mutation($id: ID!, $start: DateTimeISO!) { rescheduleAppointment(id: $id, start: $start) { id scheduledStart status } }';
  const CANCEL = 'mutation($id: ID!) { cancelAppointment(id: $id, reason: "Away") { id status canChange } }';

  it('inside the window a customer reschedules and cancels; the emails say so', async () => {
    const w = await world();
    const id = (await app.call<Booked>('portal', BOOK, bookInput(w, MON_0800), { token: w.me.token })).data!.bookAppointment.id;
    const moved = await app.call('portal', RESCHEDULE, { id, start: TUE_1000 }, { token: w.me.token });
    expect(moved.data).toEqual({ rescheduleAppointment: { id, scheduledStart: TUE_1000, status: 'scheduled' } });
    const cancelled = await app.call('portal', CANCEL, { id }, { token: w.me.token });
    expect(cancelled.data).toEqual({ cancelAppointment: { id, status: 'cancelled', canChange: false } });
    expect(await app.owner.job.findFirstOrThrow({ where: { id } })).toMatchObject({ cancelledBy: 'customer' });
    const mail = await app.owner.outboxEmail.findMany({ where: { tenantId: w.tenant.id, customerId: w.me.customer.id }, orderBy: { createdAt: 'asc' } });
    expect(mail.map((m) => m.subject.split(':')[0])).toEqual(['Booked', 'Moved', 'Cancelled']);
    // The freed slot is offered again.
    const slots = await app.call<SlotDays>('portal', SLOTS, { s: w.serviceType.id, from: '2026-11-24', to: '2026-11-24' }, { token: w.me.token });
    expect(slots.data?.availableSlots[0]?.slots.map((s) => s.localTime)).toContain('10:00');
  });

  it('after the window closes the customer is FORBIDDEN with the cut-off time; staff still can', async () => {
    // 72 hours before Monday 08:00 CST: the window closed on Friday 20 Nov at 08:00, an hour before the clock.
    // No grace period after booking here (its own test is above): the window alone decides.
    const w = await world({ rules: { changeWindowHours: 72 } });
    await app.owner.tenant.update({ where: { id: w.tenant.id }, data: { changeGraceMinutes: 0 } });
    const id = (await app.call<Booked>('portal', BOOK, bookInput(w, MON_0800), { token: w.me.token })).data!.bookAppointment.id;
    for (const [query, vars] of [
      [RESCHEDULE, { id, start: TUE_1000 }],
      [CANCEL, { id }],
    ] as const) {
      const res = await app.call('portal', query, vars, { token: w.me.token });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(res.errors?.[0]?.message).toContain('Friday, November 20, 2026 at 8:00');
    }
    const job = await app.call<{ job: { canChange: boolean } }>('portal', JOB, { id }, { token: w.me.token });
    expect(job.data?.job.canChange).toBe(false);
    // Staff move with moveJob and cancel with setJobStatus (rescheduleJob and cancelJob are retired); the aliases keep the answers' shape.
    const staffMove = await app.call<{ rescheduleJob: { start: string } }>(
      'admin',
      'mutation($id: ID!, $s: DateTimeISO!) { rescheduleJob: moveJob(id: $id, start: $s) { start: scheduledStart status } }',
      { id, s: TUE_1000 },
      { token: w.staff },
    );
    expect(staffMove.data?.rescheduleJob).toEqual({ start: TUE_1000, status: 'scheduled' });
    const staffCancel = await app.call(
      'admin',
      'mutation($id: ID!) { cancelJob: setJobStatus(id: $id, status: cancelled, reason: "Technician ill") { status } }',
      { id },
      { token: w.staff },
    );
    expect(staffCancel.data).toEqual({ cancelJob: { status: 'cancelled' } });
    expect(await app.owner.job.findFirstOrThrow({ where: { id } })).toMatchObject({ cancelledBy: 'staff' });
    const last = await app.owner.outboxEmail.findFirstOrThrow({ where: { tenantId: w.tenant.id, customerId: w.me.customer.id }, orderBy: { createdAt: 'desc' } });
    expect(last.text).toContain('Reason: Technician ill');
    expect(last.text).toContain(`${TEST_ORIGIN}/${w.tenant.slug}/portal/jobs/${id}\n`);
  });

  it('a same-day booking inside the window can be changed for 30 minutes after it was made, then FORBIDDEN', async () => {
    // The clock: Friday 20 Nov 09:00 CST (T). Four hours' notice is allowed, changes close 24 hours
    // before: a booking at T for 13:00 (T + 4 h) is inside the window from the start.
    const T = app.clock.now.getTime();
    const minutes = (n: number) => new Date(T + n * 60_000);
    const FRI_1300 = '2026-11-20T19:00:00.000Z';
    const FRI_1500 = '2026-11-20T21:00:00.000Z';
    const FRI_1600 = '2026-11-20T22:00:00.000Z';
    const w = await world({ rules: { minLeadMinutes: 240, changeWindowHours: 24 }, hours: { '5': [['08:00', '18:00']] } });
    const booked = await app.call<Booked>('portal', BOOK, bookInput(w, FRI_1300), { token: w.me.token });
    expect(booked.errors).toBeUndefined();
    const { id, canChange, changeDeadline } = booked.data!.bookAppointment;
    expect({ canChange, changeDeadline }).toEqual({ canChange: true, changeDeadline: minutes(30).toISOString() });
    const job = async () => (await app.call<{ job: { canChange: boolean; scheduledStart: string } }>('portal', JOB, { id }, { token: w.me.token })).data?.job;
    try {
      app.clock.now = minutes(29);
      expect(await job()).toMatchObject({ canChange: true });
      const moved = await app.call('portal', RESCHEDULE, { id, start: FRI_1500 }, { token: w.me.token });
      expect(moved.errors).toBeUndefined();
      expect(moved.data).toEqual({ rescheduleAppointment: { id, scheduledStart: FRI_1500, status: 'scheduled' } });

      // The grace period runs from the booking, not from the move.
      app.clock.now = minutes(30);
      expect(await job()).toMatchObject({ canChange: false, scheduledStart: FRI_1500 });
      for (const [query, vars] of [
        [RESCHEDULE, { id, start: FRI_1600 }],
        [CANCEL, { id }],
      ] as const) {
        const res = await app.call('portal', query, vars, { token: w.me.token });
        expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(res.errors?.[0]?.message).toContain('30 minutes after it was booked');
      }
      expect(await app.owner.job.findFirstOrThrow({ where: { id } })).toMatchObject({ status: 'scheduled', scheduledStart: new Date(FRI_1500) });
    } finally {
      app.clock.now = new Date(T);
    }
  });

  it('a job staff created gets no grace period, and a business may turn the grace period off', async () => {
    const T = app.clock.now.getTime();
    const FRI_1300 = '2026-11-20T19:00:00.000Z';
    const w = await world({ rules: { minLeadMinutes: 240 }, hours: { '5': [['08:00', '18:00']] } });
    const byStaff = await app.call<{ createJob: { id: string } }>(
      'admin',
      'mutation($input: CreateJobInput!) { createJob(input: $input) { id } }',
      { input: { customerId: w.me.customer.id, siteId: w.me.site.id, serviceTypeId: w.serviceType.id, start: FRI_1300, title: 'Furnace tune-up' } },
      { token: w.staff },
    );
    expect(byStaff.errors).toBeUndefined();
    const staffJob = await app.call<{ job: { canChange: boolean } }>('portal', JOB, { id: byStaff.data!.createJob.id }, { token: w.me.token });
    expect(staffJob.data?.job.canChange).toBe(false);

    await app.owner.tenant.update({ where: { id: w.tenant.id }, data: { changeGraceMinutes: 0 } });
    const booked = await app.call<Booked>('portal', BOOK, bookInput(w, '2026-11-20T20:00:00.000Z'), { token: w.me.token });
    expect(booked.data?.bookAppointment.canChange).toBe(false);
    const res = await app.call('portal', CANCEL, { id: booked.data!.bookAppointment.id }, { token: w.me.token });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(app.clock.now.getTime()).toBe(T);
  });

  it("another customer's or another tenant's appointment is NOT_FOUND to reschedule or cancel", async () => {
    const w = await world();
    const neighbour = await makeBookingCustomer(app, w.tenant.id);
    const stranger = await world();
    const id = (await app.call<Booked>('portal', BOOK, bookInput(w, MON_0800), { token: w.me.token })).data!.bookAppointment.id;
    for (const token of [neighbour.token, stranger.me.token]) {
      for (const [query, vars] of [
        [RESCHEDULE, { id, start: TUE_1000 }],
        [CANCEL, { id }],
        [RESCHEDULE, { id: 'bad', start: TUE_1000 }],
      ] as const) {
        const res = await app.call('portal', query, vars, { token });
        expect(res.errors?.[0]).toMatchObject({ message: 'This appointment was not found.', extensions: { code: 'NOT_FOUND' } });
      }
    }
    const staffForeign = await app.call('admin', 'mutation($id: ID!) { setJobStatus(id: $id, status: cancelled) { id } }', { id }, { token: stranger.staff });
    expect(staffForeign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await app.owner.job.findFirstOrThrow({ where: { id } })).status).toBe('scheduled');
  });

  it('French-speaking customers get their emails in French', async () => {
    const w = await world();
    await app.owner.customer.update({ where: { tenantId_id: { tenantId: w.tenant.id, id: w.me.customer.id } }, data: { locale: 'fr-CA' } });
    await app.call<Booked>('portal', BOOK, bookInput(w, MON_0800), { token: w.me.token });
    const mail = await app.owner.outboxEmail.findFirstOrThrow({ where: { tenantId: w.tenant.id, customerId: w.me.customer.id } });
    expect(mail.subject).toBe('Réservé : Furnace tune-up le lundi 23 novembre 2026 à 08:00');
  });
});
