// Booking rules and service types through the admin endpoint.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/app.js';
import { makeBookingCustomer, makeBookingTenant, signedInStaff } from '../test/factory.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const UPDATE = 'mutation($input: BookingSettingsInput!) { updateBookingSettings(input: $input) { mode slotMinutes bufferAfterMinutes hours { weekday ranges { start end } } } }';

async function setup() {
  const booking = await makeBookingTenant(app.owner);
  const token = async (role: 'owner' | 'admin' | 'dispatcher' | 'technician') => (await signedInStaff(app, booking.tenant.id, role)).token;
  return { ...booking, owner: await token('owner'), dispatcher: await token('dispatcher'), technician: await token('technician') };
}

describe('booking rules', () => {
  it('an owner changes hours, buffers and mode; customers see the new slots', async () => {
    const s = await setup();
    const res = await app.call(
      'admin',
      UPDATE,
      {
        input: {
          mode: 'request',
          bufferAfterMinutes: 15,
          hours: [
            {
              weekday: 1,
              ranges: [
                { start: '13:00', end: '15:00' },
                { start: '09:00', end: '10:00' },
              ],
            },
          ],
        },
      },
      { token: s.owner },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      updateBookingSettings: {
        mode: 'request',
        slotMinutes: 60,
        bufferAfterMinutes: 15,
        hours: [
          {
            weekday: 1,
            ranges: [
              { start: '09:00', end: '10:00' },
              { start: '13:00', end: '15:00' },
            ],
          },
        ],
      },
    });
    const me = await makeBookingCustomer(app, s.tenant.id);
    const slots = await app.call<{ availableSlots: { slots: { localTime: string }[] }[] }>(
      'portal',
      'query($s: ID!) { availableSlots(serviceTypeId: $s, from: "2026-11-23", to: "2026-11-24") { slots { localTime } } bookingOptions { mode } }',
      { s: s.serviceType.id },
      { token: me.token },
    );
    expect(slots.data?.availableSlots.map((d) => d.slots.map((x) => x.localTime))).toEqual([['09:00', '13:00', '14:00'], []]);
    expect(await app.owner.activityLog.count({ where: { tenantId: s.tenant.id, action: 'booking.rules_updated' } })).toBe(1);
  });

  it('invalid rules are BAD_USER_INPUT naming the field, and change nothing', async () => {
    const s = await setup();
    const cases: [Record<string, unknown>, string][] = [
      [{ hours: [{ weekday: 1, ranges: [{ start: '12:00', end: '09:00' }] }] }, 'hours'],
      [{ hours: [{ weekday: 1, ranges: [{ start: '9am', end: '10:00' }] }] }, 'hours'],
      [
        {
          hours: [
            {
              weekday: 1,
              ranges: [
                { start: '08:00', end: '12:00' },
                { start: '11:00', end: '13:00' },
              ],
            },
          ],
        },
        'hours',
      ],
      [{ hours: [{ weekday: 8, ranges: [] }] }, 'hours'],
      [{ slotMinutes: 4 }, 'slotMinutes'],
      [{ bufferBeforeMinutes: 241 }, 'bufferBeforeMinutes'],
      [{ minLeadMinutes: -1 }, 'minLeadMinutes'],
      [{ maxAdvanceDays: 0 }, 'maxAdvanceDays'],
      [{ changeWindowHours: 721 }, 'changeWindowHours'],
    ];
    for (const [input, field] of cases) {
      const res = await app.call('admin', UPDATE, { input: { bufferAfterMinutes: 30, ...input } }, { token: s.owner });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect((await app.owner.tenant.findFirstOrThrow({ where: { id: s.tenant.id } })).bufferAfterMinutes).toBe(0);
  });

  it('the grace period after booking online defaults to 30 minutes; owners change it (0 to 1440), nobody else and no other tenant', async () => {
    const s = await setup();
    const other = await setup();
    const GRACE = 'mutation($m: Int!) { updateBookingSettings(input: { changeGraceMinutes: $m }) { changeGraceMinutes changeWindowHours minLeadMinutes } }';
    const read = await app.call('admin', '{ bookingSettings { changeGraceMinutes } }', {}, { token: s.owner });
    expect(read.data).toEqual({ bookingSettings: { changeGraceMinutes: 30 } });
    for (const m of [-1, 1441]) {
      const bad = await app.call('admin', GRACE, { m }, { token: s.owner });
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'changeGraceMinutes' });
    }
    for (const token of [s.dispatcher, s.technician]) {
      expect((await app.call('admin', GRACE, { m: 90 }, { token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const me = await makeBookingCustomer(app, s.tenant.id);
    const customer = await app.call('admin', GRACE, { m: 90 }, { token: me.token });
    expect(customer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const set = await app.call('admin', GRACE, { m: 0 }, { token: s.owner });
    expect(set.data).toEqual({ updateBookingSettings: { changeGraceMinutes: 0, changeWindowHours: 24, minLeadMinutes: 60 } });
    // Customers read it with the booking options; the other business keeps its own.
    const options = await app.call('portal', '{ bookingOptions { changeGraceMinutes } }', {}, { token: me.token });
    expect(options.data).toEqual({ bookingOptions: { changeGraceMinutes: 0 } });
    expect((await app.owner.tenant.findFirstOrThrow({ where: { id: other.tenant.id } })).changeGraceMinutes).toBe(30);
  });

  it('closed dates are added, listed and removed; a bad date is BAD_USER_INPUT', async () => {
    const s = await setup();
    const add = await app.call('admin', 'mutation { addClosedDate(date: "2026-12-25", label: "Christmas") { date label } }', {}, { token: s.owner });
    expect(add.data).toEqual({ addClosedDate: { date: '2026-12-25', label: 'Christmas' } });
    const list = await app.call('admin', '{ bookingSettings { closedDates { date label } timeZone } }', {}, { token: s.owner });
    expect(list.data).toEqual({ bookingSettings: { closedDates: [{ date: '2026-12-25', label: 'Christmas' }], timeZone: 'America/Chicago' } });
    const bad = await app.call('admin', 'mutation { addClosedDate(date: "2026-02-30") { date } }', {}, { token: s.owner });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'date' });
    expect((await app.call('admin', 'mutation { removeClosedDate(date: "2026-12-25") }', {}, { token: s.owner })).data).toEqual({ removeClosedDate: true });
    const again = await app.call('admin', 'mutation { removeClosedDate(date: "2026-12-25") }', {}, { token: s.owner });
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('only owners and admins change rules; dispatchers handle appointments, technicians neither', async () => {
    const s = await setup();
    for (const token of [s.dispatcher, s.technician]) {
      const res = await app.call('admin', UPDATE, { input: { slotMinutes: 30 } }, { token });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await app.call('admin', '{ appointmentRequests { nodes { id } } }', {}, { token: s.dispatcher })).errors).toBeUndefined();
    const tech = await app.call('admin', '{ appointmentRequests { nodes { id } } }', {}, { token: s.technician });
    expect(tech.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('dispatchers read the service types to plan jobs but cannot change them; technicians cannot read them', async () => {
    const s = await setup();
    const read = await app.call<{ serviceTypes: { id: string; technicians: { id: string }[] }[] }>(
      'admin',
      '{ serviceTypes { id technicians { id } } }',
      {},
      { token: s.dispatcher },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data?.serviceTypes.map((t) => t.id)).toEqual([s.serviceType.id]);
    const change = await app.call(
      'admin',
      'mutation($id: ID!) { updateServiceType(id: $id, input: { name: "Renamed" }) { id } }',
      { id: s.serviceType.id },
      { token: s.dispatcher },
    );
    expect(change.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const tech = await app.call('admin', '{ serviceTypes { id } }', {}, { token: s.technician });
    expect(tech.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('service types', () => {
  const FIELDS = '{ id name durationMinutes bookableOnline technicians { id name } }';

  it('an admin creates a service type with qualified technicians and changes them', async () => {
    const s = await setup();
    const [tech] = s.technicians;
    const created = await app.call<{ createServiceType: { id: string; technicians: { id: string }[] } }>(
      'admin',
      `mutation($input: ServiceTypeInput!) { createServiceType(input: $input) ${FIELDS} }`,
      { input: { name: 'Drain cleaning', durationMinutes: 90, priceMinor: 9900, technicianIds: [tech!.id] } },
      { token: s.owner },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createServiceType).toMatchObject({ name: 'Drain cleaning', durationMinutes: 90, bookableOnline: true, technicians: [{ id: tech!.id, name: tech!.name }] });
    const id = created.data!.createServiceType.id;
    const updated = await app.call(
      'admin',
      `mutation($id: ID!) { updateServiceType(id: $id, input: { technicianIds: [], bookableOnline: false }) ${FIELDS} }`,
      { id },
      { token: s.owner },
    );
    expect(updated.data).toMatchObject({ updateServiceType: { bookableOnline: false, technicians: [] } });
    const list = await app.call<{ serviceTypes: { id: string }[] }>('admin', `{ serviceTypes ${FIELDS} }`, {}, { token: s.owner });
    expect(list.data?.serviceTypes.map((t) => t.id).sort()).toEqual([id, s.serviceType.id].sort());
  });

  it("another tenant's technician or service type, or a malformed id, is NOT_FOUND", async () => {
    const s = await setup();
    const other = await setup();
    const UPDATE_TYPE = 'mutation($id: ID!, $t: [ID!]) { updateServiceType(id: $id, input: { technicianIds: $t }) { id } }';
    for (const [id, t, what] of [
      [s.serviceType.id, [other.technicians[0]!.id], 'This technician'],
      [s.serviceType.id, ['nope'], 'This technician'],
      [other.serviceType.id, [], 'This service type'],
      [randomUUID(), [], 'This service type'],
    ] as const) {
      const res = await app.call('admin', UPDATE_TYPE, { id, t }, { token: s.owner });
      expect(res.errors?.[0]).toMatchObject({ message: `${what} was not found.`, extensions: { code: 'NOT_FOUND' } });
    }
    expect(await app.owner.serviceTypeTechnician.count({ where: { serviceTypeId: s.serviceType.id } })).toBe(1);
    const bad = await app.call('admin', 'mutation { createServiceType(input: { name: " ", durationMinutes: 60, priceMinor: 0 }) { id } }', {}, { token: s.owner });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
  });
});
