// Dispatch through the admin endpoint: the board, creating and assigning jobs, the status
// transitions table, notes and parts, each role's limits and isolation of every id.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/app.js';
import { makeBookingCustomer, makeDispatchWorld, makeJob, makeStaff, staffToken } from '../test/factory.js';

let app: TestApp;
type World = Awaited<ReturnType<typeof makeDispatchWorld>>;
let w: World;
let other: World;

beforeAll(async () => {
  app = await startTestApp();
  w = await makeDispatchWorld(app);
  other = await makeDispatchWorld(app);
});
afterAll(() => app.close());

// Monday 23 November 2026, 09:00 in Chicago (UTC-6).
const MONDAY_9 = new Date('2026-11-23T15:00:00Z');
const hours = (n: number, from = MONDAY_9) => new Date(from.getTime() + n * 3_600_000);

const JOB_FIELDS =
  'id status title technicianId technicianName customerId customerName siteLabel localDate localStartTime localEndTime customerNotes partsUsed { name quantity } internalNotes { body authorName } completedAt';
const CREATE = `mutation($input: CreateJobInput!) { createJob(input: $input) { ${JOB_FIELDS} } }`;
const STATUS = `mutation($id: ID!, $status: JobStatus!) { setJobStatus(id: $id, status: $status) { ${JOB_FIELDS} } }`;

type AdminJob = {
  id: string;
  status: string;
  technicianId: string | null;
  technicianName: string | null;
  localDate: string;
  localStartTime: string;
  completedAt: string | null;
  customerNotes: string | null;
  partsUsed: { name: string; quantity: number }[];
  internalNotes: { body: string; authorName: string | null }[];
};

// Jobs without a chosen start get their own two-hour slot from a month out: tests share a world's
// technicians, and two random starts an hour apart would trip the no-overlap constraint.
let nextFreeHour = 24 * 30;

function jobOf(world: World, options: { start?: Date; technicianId?: string; status?: 'requested' | 'scheduled' | 'in_progress' | 'completed' | 'cancelled' | 'declined' } = {}) {
  return makeJob(app.owner, world.tenantId, world.me.customer.id, {
    siteId: world.me.site.id,
    serviceTypeId: world.serviceType.id,
    start: options.start ?? hours((nextFreeHour += 2)),
    technicianId: options.technicianId,
    status: options.status,
  });
}

function input(world: World, extra: Record<string, unknown> = {}) {
  return { customerId: world.me.customer.id, siteId: world.me.site.id, serviceTypeId: world.serviceType.id, start: MONDAY_9.toISOString(), title: 'Boiler check', ...extra };
}

describe('creating and assigning jobs', () => {
  it('a dispatcher creates a job assigned automatically to the least loaded qualified technician; the customer is emailed', async () => {
    const start = hours(24);
    await jobOf(w, { start: hours(-2, start), technicianId: w.tech1.id });
    const res = await app.call<{ createJob: AdminJob }>(
      'admin',
      CREATE,
      { input: input(w, { start: start.toISOString(), autoAssign: true, durationMinutes: 90 }) },
      { token: w.tokens.dispatcher },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.createJob).toMatchObject({
      status: 'scheduled',
      technicianId: w.tech2.id,
      technicianName: w.tech2.name,
      localDate: '2026-11-24',
      localStartTime: '09:00',
      localEndTime: '10:30',
    });
    const mail = await app.owner.outboxEmail.findMany({ where: { tenantId: w.tenantId, customerId: w.me.customer.id } });
    expect(mail.some((m) => m.subject.startsWith('Booked: Boiler check'))).toBe(true);
  });

  it('a named technician who is busy is CONFLICT; one not qualified is BAD_USER_INPUT; nothing is created', async () => {
    const start = hours(48);
    await jobOf(w, { start, technicianId: w.tech1.id });
    const unqualified = await makeStaff(app.owner, w.tenantId, 'technician');
    const before = await app.owner.job.count({ where: { tenantId: w.tenantId } });
    const busy = await app.call('admin', CREATE, { input: input(w, { start: start.toISOString(), technicianId: w.tech1.id }) }, { token: w.tokens.owner });
    expect(busy.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const notQualified = await app.call('admin', CREATE, { input: input(w, { start: hours(72).toISOString(), technicianId: unqualified.id }) }, { token: w.tokens.owner });
    expect(notQualified.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'technicianId' });
    expect(await app.owner.job.count({ where: { tenantId: w.tenantId } })).toBe(before);
  });

  it('bad input is BAD_USER_INPUT naming the field and creates nothing', async () => {
    const before = await app.owner.job.count({ where: { tenantId: w.tenantId } });
    const cases: [Record<string, unknown>, string][] = [
      [{ title: '  ' }, 'title'],
      [{ end: hours(-1).toISOString() }, 'end'],
      [{ end: hours(1).toISOString(), durationMinutes: 60 }, 'end'],
      [{ durationMinutes: 2 }, 'durationMinutes'],
      [{ start: hours(-24 * 5).toISOString() }, 'start'],
      [{ technicianId: w.tech1.id, autoAssign: true }, 'technicianId'],
    ];
    for (const [extra, field] of cases) {
      const res = await app.call('admin', CREATE, { input: input(w, extra) }, { token: w.tokens.owner });
      expect(res.errors?.[0]?.extensions, JSON.stringify(extra)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await app.owner.job.count({ where: { tenantId: w.tenantId } })).toBe(before);
  });

  it('assigns by name or automatically; assigning a completed job is CONFLICT', async () => {
    const job = await jobOf(w, { start: hours(24 * 3) });
    const ASSIGN = 'mutation($id: ID!, $t: ID, $auto: Boolean) { assignJob(id: $id, technicianId: $t, auto: $auto) { technicianId } }';
    const named = await app.call<{ assignJob: { technicianId: string } }>('admin', ASSIGN, { id: job.id, t: w.tech1.id }, { token: w.tokens.dispatcher });
    expect(named.data?.assignJob.technicianId).toBe(w.tech1.id);
    // Its current technician is blocked by the job itself: auto picks the other one.
    const auto = await app.call<{ assignJob: { technicianId: string } }>('admin', ASSIGN, { id: job.id, auto: true }, { token: w.tokens.dispatcher });
    expect(auto.data?.assignJob.technicianId).toBe(w.tech2.id);
    const done = await jobOf(w, { status: 'completed' });
    const res = await app.call('admin', ASSIGN, { id: done.id, t: w.tech1.id }, { token: w.tokens.dispatcher });
    expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await app.owner.job.findFirstOrThrow({ where: { id: done.id } })).technicianId).toBeNull();
  });

  it('moves a job through booking, keeping its technician when free', async () => {
    const job = await jobOf(w, { start: hours(24 * 4), technicianId: w.tech1.id });
    const res = await app.call<{ moveJob: AdminJob }>(
      'admin',
      'mutation($id: ID!, $s: DateTimeISO!) { moveJob(id: $id, start: $s) { localDate localStartTime technicianId } }',
      { id: job.id, s: hours(24 * 4 + 2).toISOString() },
      { token: w.tokens.dispatcher },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.moveJob).toMatchObject({ localDate: '2026-11-27', localStartTime: '11:00', technicianId: w.tech1.id });
  });

  it('a move reads the job once and writes it in one statement, whose row is the answer', async () => {
    const job = await jobOf(w, { start: hours(24 * 4 + 6), technicianId: w.tech2.id });
    const before = app.statements.length;
    const res = await app.call<{ moveJob: AdminJob }>(
      'admin',
      'mutation($id: ID!, $s: DateTimeISO!) { moveJob(id: $id, start: $s) { id status localDate localStartTime technicianId nextStatuses } }',
      { id: job.id, s: hours(24 * 4 + 7).toISOString() },
      { token: w.tokens.dispatcher },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.moveJob).toMatchObject({ id: job.id, status: 'scheduled', localStartTime: '16:00', technicianId: w.tech2.id, nextStatuses: ['in_progress', 'cancelled'] });
    const onJobs = app.statements.slice(before).filter((sql) => /"public"\."jobs"/.test(sql));
    expect(onJobs.map((sql) => sql.split(' ')[0])).toEqual(['SELECT', 'UPDATE']);
  });
});

describe('status transitions', () => {
  const statuses = ['requested', 'scheduled', 'in_progress', 'completed', 'cancelled', 'declined'] as const;
  const allowed = new Set(['requested>cancelled', 'scheduled>in_progress', 'scheduled>cancelled', 'in_progress>completed']);

  it('follows the transitions table; every other change is CONFLICT and changes nothing', async () => {
    for (const from of statuses) {
      for (const to of statuses) {
        const job = await jobOf(w, { status: from });
        const before = await app.owner.job.findFirstOrThrow({ where: { id: job.id } });
        const res = await app.call<{ setJobStatus: AdminJob }>('admin', STATUS, { id: job.id, status: to }, { token: w.tokens.dispatcher });
        const after = await app.owner.job.findFirstOrThrow({ where: { id: job.id } });
        if (allowed.has(`${from}>${to}`)) {
          expect(res.errors, `${from}>${to}`).toBeUndefined();
          expect(after.status).toBe(to);
        } else {
          expect(res.errors?.[0]?.extensions?.code, `${from}>${to}`).toBe('CONFLICT');
          expect(after).toEqual(before);
        }
      }
    }
  });

  it('completing sets completedAt; the message of an invalid change is clear', async () => {
    const job = await jobOf(w, { status: 'in_progress' });
    const res = await app.call<{ setJobStatus: AdminJob }>('admin', STATUS, { id: job.id, status: 'completed' }, { token: w.tokens.owner });
    expect(res.data!.setJobStatus.completedAt).toBe(app.clock.now.toISOString());
    const cancelled = await jobOf(w, { status: 'cancelled' });
    const refused = await app.call('admin', STATUS, { id: cancelled.id, status: 'completed' }, { token: w.tokens.owner });
    expect(refused.errors?.[0]?.message).toBe('This job is cancelled and cannot be made completed.');
  });
});

describe('notes and parts', () => {
  it('customer notes and parts reach the portal; internal notes stay with staff', async () => {
    const job = await jobOf(w, { status: 'in_progress', technicianId: w.tech1.id });
    const notes = await app.call(
      'admin',
      'mutation($id: ID!) { updateJobNotes(id: $id, customerNotes: " Replaced the filter. ") { id } }',
      { id: job.id },
      { token: w.tokens.tech1 },
    );
    const parts = await app.call(
      'admin',
      'mutation($id: ID!) { setPartsUsed(id: $id, parts: [{ name: "Filter", quantity: 2 }]) { id } }',
      { id: job.id },
      { token: w.tokens.tech1 },
    );
    const internal = await app.call<{ addInternalNote: AdminJob }>(
      'admin',
      `mutation($id: ID!) { addInternalNote(jobId: $id, body: "Dog bites") { ${JOB_FIELDS} } }`,
      { id: job.id },
      { token: w.tokens.dispatcher },
    );
    for (const res of [notes, parts, internal]) expect(res.errors).toBeUndefined();
    expect(internal.data!.addInternalNote).toMatchObject({
      customerNotes: 'Replaced the filter.',
      partsUsed: [{ name: 'Filter', quantity: 2 }],
      internalNotes: [{ body: 'Dog bites', authorName: 'Staff dispatcher' }],
    });
    const portal = await app.call<{ job: { customerNotes: string; partsUsed: unknown[] } }>(
      'portal',
      'query($id: ID!) { job(id: $id) { customerNotes partsUsed { name quantity } } }',
      { id: job.id },
      { token: w.me.token },
    );
    expect(portal.data!.job).toEqual({ customerNotes: 'Replaced the filter.', partsUsed: [{ name: 'Filter', quantity: 2 }] });
    const leak = await app.call('portal', 'query($id: ID!) { job(id: $id) { internalNotes { body } } }', { id: job.id }, { token: w.me.token });
    expect(leak.errors?.[0]?.message).toMatch(/internalNotes/);
  });

  it('bad parts are BAD_USER_INPUT; a cancelled job keeps its notes', async () => {
    const job = await jobOf(w, { status: 'scheduled' });
    const bad = await app.call('admin', 'mutation($id: ID!) { setPartsUsed(id: $id, parts: [{ name: "Filter", quantity: 0 }]) { id } }', { id: job.id }, { token: w.tokens.owner });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parts' });
    const cancelled = await jobOf(w, { status: 'cancelled' });
    const res = await app.call('admin', 'mutation($id: ID!) { updateJobNotes(id: $id, customerNotes: "x") { id } }', { id: cancelled.id }, { token: w.tokens.owner });
    expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await app.owner.job.findFirstOrThrow({ where: { id: cancelled.id } })).customerNotes).toBeNull();
  });
});

describe('the dispatch board', () => {
  const BOARD =
    'query($from: String!, $to: String!, $t: [ID!]) { dispatchBoard(from: $from, to: $to, technicianIds: $t) { timeZone days { date lanes { technicianId technicianName jobs { id localStartTime customerName siteLabel serviceType { name } technicianName internalNotes { body } documents { id } } } } } }';
  type Board = { dispatchBoard: { timeZone: string; days: { date: string; lanes: { technicianId: string | null; jobs: { id: string; localStartTime: string }[] }[] }[] } };

  it('shows jobs by local day and technician, with an unassigned lane, in a constant number of statements', async () => {
    const world = await makeDispatchWorld(app);
    // 23:30 on Tuesday in Chicago is already Wednesday in UTC.
    const late = await jobOf(world, { start: new Date('2026-11-25T05:30:00Z'), technicianId: world.tech2.id });
    const early = await jobOf(world, { start: hours(24 * 8), technicianId: world.tech1.id });
    const loose = await jobOf(world, { start: hours(24 * 8 + 1) });
    await jobOf(world, { start: hours(24 * 8 + 2), status: 'cancelled' });
    const board = async () => {
      const before = app.statements.length;
      const res = await app.call<Board>('admin', BOARD, { from: '2026-11-24', to: '2026-12-01' }, { token: world.tokens.dispatcher });
      expect(res.errors).toBeUndefined();
      return { board: res.data!.dispatchBoard, statements: app.statements.length - before };
    };
    const first = await board();
    expect(first.board.days).toHaveLength(8);
    const lanes = (date: string) => first.board.days.find((d) => d.date === date)!.lanes.map((l) => [l.technicianId, l.jobs.map((j) => j.id)]);
    expect(lanes('2026-11-24')).toEqual([
      [world.tech1.id, []],
      [world.tech2.id, [late.id]],
      [null, []],
    ]);
    expect(lanes('2026-12-01')).toEqual([
      [world.tech1.id, [early.id]],
      [world.tech2.id, []],
      [null, [loose.id]],
    ]);
    for (let i = 0; i < 6; i++) await jobOf(world, { start: hours(24 * 6 + i), technicianId: i % 2 ? world.tech1.id : undefined });
    const second = await board();
    expect(second.board.days.flatMap((d) => d.lanes.flatMap((l) => l.jobs))).toHaveLength(9);
    expect(second.statements).toBe(first.statements);
  });

  it('a technician sees only their own lane; a range over 31 days or a bad date is BAD_USER_INPUT', async () => {
    // A world of its own: other tests assign jobs to the shared world's technicians.
    const own = await makeDispatchWorld(app);
    const mine = await jobOf(own, { start: hours(24 * 10), technicianId: own.tech1.id });
    const theirs = await jobOf(own, { start: hours(24 * 10 + 1), technicianId: own.tech2.id });
    const res = await app.call<Board>('admin', BOARD, { from: '2026-12-03', to: '2026-12-03' }, { token: own.tokens.tech1 });
    const ids = res.data!.dispatchBoard.days[0]!.lanes.map((l) => [l.technicianId, l.jobs.map((j) => j.id)]);
    expect(ids).toEqual([[own.tech1.id, [mine.id]]]);
    expect(JSON.stringify(res.data)).not.toContain(theirs.id);
    for (const [vars, field] of [
      [{ from: '2026-12-01', to: '2027-01-01' }, 'to'],
      [{ from: '2026-02-30', to: '2026-03-01' }, 'from'],
      [{ from: '2026-12-05', to: '2026-12-01' }, 'to'],
    ] as const) {
      const bad = await app.call('admin', BOARD, vars, { token: w.tokens.owner });
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it("another tenant's technician is NOT_FOUND as a filter", async () => {
    const res = await app.call('admin', BOARD, { from: '2026-12-01', to: '2026-12-01', t: [other.tech1.id] }, { token: w.tokens.owner });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe("a technician's day", () => {
  const MY_DAY = `query { myDay { date timeZone jobs { id localDate localStartTime customerName customerPhone accessInstructions mapUrl nextStatuses } } }`;
  type MyDayResult = {
    myDay: {
      date: string;
      timeZone: string;
      jobs: { id: string; localDate: string; localStartTime: string; customerPhone: string | null; accessInstructions: string | null; mapUrl: string; nextStatuses: string[] }[];
    };
  };
  const NOTE = `mutation($id: ID!, $body: String!) { addInternalNote(jobId: $id, body: $body) { id internalNotes { body authorName } } }`;

  it("lists the caller's own jobs of today in the business's time zone, in order, whatever UTC's date", async () => {
    // Friday 20 November 2026 in Chicago (UTC-6); at 23:30 there, UTC is already on Saturday.
    const at = (iso: string) => new Date(iso);
    const saved = app.clock.now;
    // Everyone signs in at that moment (a session idle for hours would be refused).
    app.clock.now = at('2026-11-21T05:30:00Z'); // 23:30 Friday in Chicago
    try {
      const own = await makeDispatchWorld(app);
      const otherTech = (await staffToken(app, other.tech1)).token;
      await app.owner.customer.update({ where: { tenantId_id: { tenantId: own.tenantId, id: own.me.customer.id } }, data: { phone: '+1 312-555-0142' } });
      await app.owner.site.update({ where: { tenantId_id: { tenantId: own.tenantId, id: own.me.site.id } }, data: { accessInstructions: 'Gate code 4821#' } });
      const evening = await jobOf(own, { start: at('2026-11-21T04:00:00Z'), technicianId: own.tech1.id }); // 22:00 Friday
      const morning = await jobOf(own, { start: at('2026-11-20T14:00:00Z'), technicianId: own.tech1.id }); // 08:00 Friday
      const started = await jobOf(own, { start: at('2026-11-20T16:00:00Z'), technicianId: own.tech1.id, status: 'in_progress' }); // 10:00
      await jobOf(own, { start: at('2026-11-20T18:00:00Z'), technicianId: own.tech1.id, status: 'cancelled' });
      await jobOf(own, { start: at('2026-11-21T06:30:00Z'), technicianId: own.tech1.id }); // 00:30 Saturday
      await jobOf(own, { start: at('2026-11-20T05:30:00Z'), technicianId: own.tech1.id }); // 23:30 Thursday
      const colleague = await jobOf(own, { start: at('2026-11-20T15:00:00Z'), technicianId: own.tech2.id });
      await jobOf(own, { start: at('2026-11-20T20:00:00Z') }); // unassigned
      const foreign = await jobOf(other, { start: at('2026-11-20T15:00:00Z'), technicianId: other.tech1.id });

      const res = await app.call<MyDayResult>('admin', MY_DAY, {}, { token: own.tokens.tech1 });
      expect(res.errors).toBeUndefined();
      const day = res.data!.myDay;
      expect(day).toMatchObject({ date: '2026-11-20', timeZone: 'America/Chicago' });
      expect(day.jobs.map((j) => j.id)).toEqual([morning.id, started.id, evening.id]);
      expect(day.jobs.map((j) => j.localStartTime)).toEqual(['08:00', '10:00', '22:00']);
      expect(day.jobs[0]).toMatchObject({ customerPhone: '+1 312-555-0142', accessInstructions: 'Gate code 4821#', nextStatuses: ['in_progress'] });
      expect(day.jobs[1]!.nextStatuses).toEqual(['completed']);
      expect(new URL(day.jobs[0]!.mapUrl).origin).toBe('https://www.google.com');

      // The colleague sees only theirs; an owner with no jobs sees none; another tenant's technician none of these.
      const theirs = await app.call<MyDayResult>('admin', MY_DAY, {}, { token: own.tokens.tech2 });
      expect(theirs.data!.myDay.jobs.map((j) => j.id)).toEqual([colleague.id]);
      const office = await app.call<MyDayResult>('admin', MY_DAY, {}, { token: own.tokens.owner });
      expect(office.data!.myDay.jobs).toEqual([]);
      const elsewhere = await app.call<MyDayResult>('admin', MY_DAY, {}, { token: otherTech });
      expect(elsewhere.data!.myDay.jobs.map((j) => j.id)).toEqual([foreign.id]);

      // Early next morning the list is Saturday's.
      app.clock.now = at('2026-11-21T12:00:00Z');
      const next = await app.call<MyDayResult>('admin', MY_DAY, {}, { token: own.tokens.tech1 });
      expect(next.data!.myDay.date).toBe('2026-11-21');
      expect(next.data!.myDay.jobs.map((j) => j.localStartTime)).toEqual(['00:30']);
    } finally {
      app.clock.now = saved;
    }
  });

  it('a customer token cannot ask for a day; an office member may cancel from it, a technician may not', async () => {
    const refused = await app.call('admin', MY_DAY, {}, { token: w.me.token });
    expect(refused.errors?.[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
    const anonymous = await app.call('admin', MY_DAY, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const job = await jobOf(w, { technicianId: w.tech1.id });
    const JOB = 'query($id: ID!) { adminJob(id: $id) { nextStatuses } }';
    const asTech = await app.call<{ adminJob: { nextStatuses: string[] } }>('admin', JOB, { id: job.id }, { token: w.tokens.tech1 });
    const asOffice = await app.call<{ adminJob: { nextStatuses: string[] } }>('admin', JOB, { id: job.id }, { token: w.tokens.dispatcher });
    expect(asTech.data!.adminJob.nextStatuses).toEqual(['in_progress']);
    expect(asOffice.data!.adminJob.nextStatuses).toEqual(['in_progress', 'cancelled']);
  });

  it('a technician adds an internal note to their own job, never to a colleague’s or another tenant’s; the customer never reads it', async () => {
    const mine = await jobOf(w, { technicianId: w.tech1.id, status: 'in_progress' });
    const colleague = await jobOf(w, { technicianId: w.tech2.id });
    const unassigned = await jobOf(w);
    const foreign = await jobOf(other, { technicianId: other.tech1.id });

    const added = await app.call<{ addInternalNote: { internalNotes: { body: string; authorName: string }[] } }>(
      'admin',
      NOTE,
      { id: mine.id, body: ' Gate code changed to 1357# ' },
      { token: w.tokens.tech1 },
    );
    expect(added.errors).toBeUndefined();
    expect(added.data!.addInternalNote.internalNotes).toEqual([{ body: 'Gate code changed to 1357#', authorName: w.tech1.name }]);

    for (const id of [colleague.id, unassigned.id, foreign.id]) {
      const res = await app.call('admin', NOTE, { id, body: 'x' }, { token: w.tokens.tech1 });
      expect(res.errors?.[0]?.extensions?.code, id).toBe('NOT_FOUND');
    }
    const empty = await app.call('admin', NOTE, { id: mine.id, body: '   ' }, { token: w.tokens.tech1 });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    // A customer token is refused at the admin endpoint, and the portal has no internal notes at all.
    const asCustomer = await app.call('admin', NOTE, { id: mine.id, body: 'x' }, { token: w.me.token });
    expect(asCustomer.errors?.[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
    const portal = await app.call('portal', 'query($id: ID!) { job(id: $id) { internalNotes { body } } }', { id: mine.id }, { token: w.me.token });
    expect(portal.errors?.[0]?.message).toMatch(/internalNotes/);
    // The office adds notes to any job of the tenant, the colleague's included.
    const office = await app.call('admin', NOTE, { id: colleague.id, body: 'Bring the long ladder' }, { token: w.tokens.dispatcher });
    expect(office.errors).toBeUndefined();

    const notes = await app.owner.jobInternalNote.findMany({ where: { jobId: { in: [mine.id, colleague.id, unassigned.id, foreign.id] } }, select: { jobId: true, body: true } });
    expect(notes.sort((a, b) => a.body.localeCompare(b.body))).toEqual([
      { jobId: colleague.id, body: 'Bring the long ladder' },
      { jobId: mine.id, body: 'Gate code changed to 1357#' },
    ]);
  });
});

describe("each role's limits", () => {
  it('a technician reads and works only their own jobs and cannot create, assign, move or cancel', async () => {
    const mine = await jobOf(w, { technicianId: w.tech1.id });
    const theirs = await jobOf(w, { technicianId: w.tech2.id });
    const list = await app.call<{ adminJobs: { nodes: { id: string; technicianId: string }[] } }>(
      'admin',
      'query { adminJobs(first: 100) { nodes { id technicianId } } }',
      {},
      { token: w.tokens.tech1 },
    );
    const ids = list.data!.adminJobs.nodes.map((n) => n.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(theirs.id);
    expect(new Set(list.data!.adminJobs.nodes.map((n) => n.technicianId))).toEqual(new Set([w.tech1.id]));
    const read = await app.call('admin', 'query($id: ID!) { adminJob(id: $id) { id } }', { id: theirs.id }, { token: w.tokens.tech1 });
    expect(read.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    for (const [query, vars] of [
      [CREATE, { input: input(w) }],
      ['mutation($id: ID!) { assignJob(id: $id, auto: true) { id } }', { id: mine.id }],
      ['mutation($id: ID!) { moveJob(id: $id, start: "2026-12-01T15:00:00Z") { id } }', { id: mine.id }],
      [STATUS, { id: mine.id, status: 'cancelled' }],
    ] as const) {
      const res = await app.call('admin', query, vars, { token: w.tokens.tech1 });
      expect(res.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
    }
    const theirStatus = await app.call('admin', STATUS, { id: theirs.id, status: 'in_progress' }, { token: w.tokens.tech1 });
    expect(theirStatus.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const own = await app.call<{ setJobStatus: AdminJob }>('admin', STATUS, { id: mine.id, status: 'in_progress' }, { token: w.tokens.tech1 });
    expect(own.data?.setJobStatus.status).toBe('in_progress');
    expect((await app.owner.job.findFirstOrThrow({ where: { id: theirs.id } })).status).toBe('scheduled');
  });

  it('owner, admin and dispatcher all manage jobs', async () => {
    for (const token of [w.tokens.owner, w.tokens.admin, w.tokens.dispatcher]) {
      const job = await jobOf(w);
      const res = await app.call<{ setJobStatus: AdminJob }>('admin', STATUS, { id: job.id, status: 'in_progress' }, { token });
      expect(res.data?.setJobStatus.status).toBe('in_progress');
    }
  });
});

describe('isolation', () => {
  it("every id-taking operation answers another tenant's, another customer's or a malformed id like a missing one", async () => {
    const foreign = await jobOf(other, { technicianId: other.tech1.id });
    const ops: [string, (id: string) => Record<string, unknown>][] = [
      ['query($id: ID!) { adminJob(id: $id) { id } }', (id) => ({ id })],
      [STATUS, (id) => ({ id, status: 'in_progress' })],
      ['mutation($id: ID!) { setJobStatus(id: $id, status: cancelled, reason: "Away") { id } }', (id) => ({ id })],
      ['mutation($id: ID!) { assignJob(id: $id, auto: true) { id } }', (id) => ({ id })],
      ['mutation($id: ID!) { moveJob(id: $id, start: "2026-12-01T15:00:00Z") { id } }', (id) => ({ id })],
      ['mutation($id: ID!) { updateJobNotes(id: $id, customerNotes: "x") { id } }', (id) => ({ id })],
      ['mutation($id: ID!) { addInternalNote(jobId: $id, body: "x") { id } }', (id) => ({ id })],
      ['mutation($id: ID!) { setPartsUsed(id: $id, parts: []) { id } }', (id) => ({ id })],
    ];
    for (const [query, vars] of ops) {
      for (const id of [foreign.id, randomUUID(), 'not-an-id']) {
        const res = await app.call('admin', query, vars(id), { token: w.tokens.owner });
        expect(res.errors?.[0]?.extensions?.code, `${query} ${id}`).toBe('NOT_FOUND');
      }
    }
    expect(await app.owner.job.findFirstOrThrow({ where: { id: foreign.id } })).toMatchObject({ status: 'scheduled', customerNotes: null });
    expect(await app.owner.jobInternalNote.count({ where: { jobId: foreign.id } })).toBe(0);
  });

  it("filters and technician arguments naming another tenant's customer or technician are NOT_FOUND", async () => {
    const job = await jobOf(w, { technicianId: w.tech1.id });
    const LIST = 'query($c: ID, $t: ID, $s: JobStatus, $u: Boolean) { adminJobs(customerId: $c, technicianId: $t, status: $s, unassigned: $u, first: 100) { nodes { id } } }';
    const ids = async (vars: Record<string, unknown>) =>
      (await app.call<{ adminJobs: { nodes: { id: string }[] } }>('admin', LIST, vars, { token: w.tokens.owner })).data!.adminJobs.nodes.map((n) => n.id);
    expect(await ids({ c: w.me.customer.id, t: w.tech1.id, s: 'scheduled' })).toContain(job.id);
    expect(await ids({ t: w.tech2.id })).not.toContain(job.id);
    expect(await ids({ u: true })).not.toContain(job.id);
    for (const vars of [{ c: other.me.customer.id }, { t: other.tech1.id }, { c: 'x' }]) {
      const res = await app.call('admin', LIST, vars, { token: w.tokens.owner });
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(vars)).toBe('NOT_FOUND');
    }
    for (const query of [
      'mutation($id: ID!, $t: ID) { assignJob(id: $id, technicianId: $t) { id } }',
      'mutation($id: ID!, $t: ID) { moveJob(id: $id, start: "2026-12-01T15:00:00Z", technicianId: $t) { id } }',
    ]) {
      const res = await app.call('admin', query, { id: job.id, t: other.tech1.id }, { token: w.tokens.owner });
      expect(res.errors?.[0]?.extensions?.code, query).toBe('NOT_FOUND');
    }
    expect(await app.owner.job.findFirstOrThrow({ where: { id: job.id } })).toMatchObject({ technicianId: w.tech1.id, scheduledStart: job.scheduledStart });
  });

  it('createJob answers a foreign customer, site, asset, service type or technician with NOT_FOUND', async () => {
    const neighbour = await makeBookingCustomer(app, w.tenantId);
    const cases: Record<string, unknown>[] = [
      { customerId: other.me.customer.id },
      { siteId: other.me.site.id },
      { siteId: neighbour.site.id },
      { assetId: neighbour.asset.id },
      { serviceTypeId: other.serviceType.id },
      { technicianId: other.tech1.id },
      { customerId: 'x' },
    ];
    const before = await app.owner.job.count();
    for (const extra of cases) {
      const res = await app.call('admin', CREATE, { input: input(w, { start: hours(24 * 20).toISOString(), ...extra }) }, { token: w.tokens.owner });
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(extra)).toBe('NOT_FOUND');
    }
    expect(await app.owner.job.count()).toBe(before);
  });

  it('a customer token is refused on the admin endpoint', async () => {
    const res = await app.call('admin', 'query { adminJobs { nodes { id } } }', {}, { token: w.me.token });
    expect(res.errors?.[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
    const staff = await makeStaff(app.owner, other.tenantId, 'owner');
    const { token } = await staffToken(app, staff);
    const list = await app.call<{ adminJobs: { nodes: { id: string }[] } }>('admin', 'query { adminJobs(first: 100) { nodes { id } } }', {}, { token });
    const mine = await app.owner.job.findMany({ where: { tenantId: w.tenantId }, select: { id: true } });
    expect(list.data!.adminJobs.nodes.some((n) => mine.some((m) => m.id === n.id))).toBe(false);
  });
});
