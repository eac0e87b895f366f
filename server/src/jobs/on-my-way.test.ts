// "On my way" through the real endpoints: the technician (or the office) says they are on the way
// with a promised arrival time, then arrived; the customer is emailed and sees it on their job and
// dashboard. The moves by status and caller, the time's validation, and who can reach a job: another
// technician, another customer and another tenant cannot.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_START, type TestApp } from '../test/app.js';
import { makeBookingCustomer, makeDispatchWorld, makeJob } from '../test/factory.js';
import { useMailbox } from '../test/mailbox.js';

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

const minutes = (n: number, from = TEST_START) => new Date(from.getTime() + n * 60_000);

// Each job gets its own two-hour slot from tomorrow: tests share the world's technicians.
let nextSlot = 0;
type Status = 'requested' | 'scheduled' | 'in_progress' | 'completed' | 'cancelled' | 'declined';
function jobOf(world: World, options: { technicianId?: string | null; status?: Status } = {}) {
  return makeJob(app.owner, world.tenantId, world.me.customer.id, {
    siteId: world.me.site.id,
    serviceTypeId: world.serviceType.id,
    start: minutes(24 * 60 + (nextSlot += 120)),
    technicianId: options.technicianId === undefined ? world.tech1.id : (options.technicianId ?? undefined),
    status: options.status,
    title: 'Furnace tune-up',
  });
}

const VISIT = 'id status visitStage onMyWayAt etaAt arrivedAt visitMoves nextStatuses technicianName';
const ANNOUNCE = `mutation($id: ID!, $m: Int, $at: DateTimeISO) { announceOnMyWay(jobId: $id, etaMinutes: $m, etaAt: $at) { ${VISIT} } }`;
const ARRIVED = `mutation($id: ID!) { markArrived(jobId: $id) { ${VISIT} } }`;
const STATUS = `mutation($id: ID!, $status: JobStatus!) { setJobStatus(id: $id, status: $status) { ${VISIT} } }`;
const PORTAL_JOB = 'query($id: ID!) { job(id: $id) { id status visitStage onMyWayAt etaAt arrivedAt technicianName } }';

interface Visit {
  id: string;
  status: string;
  visitStage: string | null;
  onMyWayAt: string | null;
  etaAt: string | null;
  arrivedAt: string | null;
  visitMoves: string[];
  nextStatuses: string[];
  technicianName: string | null;
}

const announce = (id: string, token: string, eta: { m?: number; at?: string }) => app.call<{ announceOnMyWay: Visit }>('admin', ANNOUNCE, { id, ...eta }, { token });
const arrive = (id: string, token: string) => app.call<{ markArrived: Visit }>('admin', ARRIVED, { id }, { token });
const emailsTo = (world: World) => app.owner.outboxEmail.findMany({ where: { tenantId: world.tenantId, customerId: world.me.customer.id }, orderBy: { createdAt: 'asc' } });
const visitOf = (id: string) => app.owner.job.findFirstOrThrow({ where: { id }, select: { onMyWayAt: true, etaAt: true, arrivedAt: true, status: true } });

describe('on my way, then arrived', () => {
  it('a technician says they are on the way in 30 minutes: the job answers with it, the customer is emailed and sees it', async () => {
    const job = await jobOf(w);
    const before = (await emailsTo(w)).length;
    const res = await announce(job.id, w.tokens.tech1, { m: 30 });
    expect(res.errors).toBeUndefined();
    expect(res.data!.announceOnMyWay).toEqual({
      id: job.id,
      status: 'scheduled',
      visitStage: 'on_the_way',
      onMyWayAt: TEST_START.toISOString(),
      etaAt: minutes(30).toISOString(),
      arrivedAt: null,
      visitMoves: ['onMyWay', 'arrive'],
      nextStatuses: ['in_progress'],
      technicianName: w.tech1.name,
    });

    // One email, with the technician's name and the time on the business's clock (Chicago: 09:30).
    const mail = (await emailsTo(w)).slice(before);
    expect(mail).toHaveLength(1);
    expect(mail[0]?.subject).toMatch(new RegExp(`^${w.tech1.name} is on the way, arriving around 9:30\\sAM$`));
    expect(mail[0]?.text).toContain(`${w.tech1.name} from ${w.tenant.name} is on the way for Furnace tune-up and should arrive around 9:30`);
    expect(mail[0]?.text).toContain(`/portal/jobs/${job.id}`);

    const portal = await app.call<{ job: Record<string, unknown> }>('portal', PORTAL_JOB, { id: job.id }, { token: w.me.token });
    expect(portal.data!.job).toEqual({
      id: job.id,
      status: 'scheduled',
      visitStage: 'on_the_way',
      onMyWayAt: TEST_START.toISOString(),
      etaAt: minutes(30).toISOString(),
      arrivedAt: null,
      technicianName: w.tech1.name,
    });
  });

  it('the office sets a new arrival time: the customer is told the new time; the same time again tells nothing', async () => {
    const job = await jobOf(w);
    await announce(job.id, w.tokens.tech1, { m: 15 });
    const before = (await emailsTo(w)).length;
    const at = minutes(75).toISOString();
    const res = await announce(job.id, w.tokens.dispatcher, { at });
    expect(res.errors).toBeUndefined();
    // Set off when the technician said so; only the promise changed.
    expect(res.data!.announceOnMyWay).toMatchObject({ visitStage: 'on_the_way', onMyWayAt: TEST_START.toISOString(), etaAt: at });
    const again = await announce(job.id, w.tokens.owner, { at });
    expect(again.data!.announceOnMyWay.etaAt).toBe(at);
    const mail = (await emailsTo(w)).slice(before);
    expect(mail.map((m) => m.subject)).toEqual([expect.stringMatching(new RegExp(`^New arrival time: ${w.tech1.name} is arriving around 10:15\\sAM$`))]);
    const actions = await app.owner.activityLog.findMany({ where: { tenantId: w.tenantId, subjectId: job.id }, select: { action: true } });
    // The repeat changed nothing and names no action; the audit log still holds the call, under the mutation's name (audit/audit-trail.ts).
    expect(actions.map((a) => a.action).sort()).toEqual(['announceOnMyWay', 'job.eta_changed', 'job.on_my_way']);
  });

  it('the office may announce for the technician; every office role may', async () => {
    for (const role of ['owner', 'admin', 'dispatcher'] as const) {
      const job = await jobOf(w, { technicianId: w.tech2.id });
      const res = await announce(job.id, w.tokens[role], { m: 45 });
      expect(res.errors, role).toBeUndefined();
      expect(res.data!.announceOnMyWay, role).toMatchObject({ visitStage: 'on_the_way', etaAt: minutes(45).toISOString(), technicianName: w.tech2.name });
    }
  });

  it('arrived follows on my way; then the work starts and completes as before, and the visit moves are over', async () => {
    const job = await jobOf(w);
    const early = await arrive(job.id, w.tokens.tech1);
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_ON_THE_WAY' });

    await announce(job.id, w.tokens.tech1, { m: 20 });
    app.clock.now = minutes(18);
    try {
      const before = (await emailsTo(w)).length;
      const res = await arrive(job.id, w.tokens.tech1);
      expect(res.errors).toBeUndefined();
      expect(res.data!.markArrived).toMatchObject({
        status: 'scheduled',
        visitStage: 'arrived',
        arrivedAt: minutes(18).toISOString(),
        visitMoves: [],
        nextStatuses: ['in_progress'],
      });
      // Arrival shows on the customer's page; no email for it.
      expect((await emailsTo(w)).length).toBe(before);
      const portal = await app.call<{ job: { visitStage: string; arrivedAt: string } }>('portal', PORTAL_JOB, { id: job.id }, { token: w.me.token });
      expect(portal.data!.job).toMatchObject({ visitStage: 'arrived', arrivedAt: minutes(18).toISOString() });

      for (const again of [await arrive(job.id, w.tokens.tech1), await announce(job.id, w.tokens.dispatcher, { m: 10 })]) {
        expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_ARRIVED' });
      }

      const started = await app.call<{ setJobStatus: Visit }>('admin', STATUS, { id: job.id, status: 'in_progress' }, { token: w.tokens.tech1 });
      expect(started.data!.setJobStatus).toMatchObject({ status: 'in_progress', visitStage: null, visitMoves: [], arrivedAt: minutes(18).toISOString() });
      const completed = await app.call<{ setJobStatus: Visit }>('admin', STATUS, { id: job.id, status: 'completed' }, { token: w.tokens.tech1 });
      expect(completed.data!.setJobStatus).toMatchObject({ status: 'completed', visitStage: null });
      const late = await announce(job.id, w.tokens.tech1, { m: 10 });
      expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_ALLOWED_IN_STATUS' });
    } finally {
      app.clock.now = new Date(TEST_START);
    }
  });

  it('a technician may start the work without saying they were on the way', async () => {
    const job = await jobOf(w);
    const started = await app.call<{ setJobStatus: Visit }>('admin', STATUS, { id: job.id, status: 'in_progress' }, { token: w.tokens.tech1 });
    expect(started.data!.setJobStatus).toMatchObject({ status: 'in_progress', onMyWayAt: null, arrivedAt: null });
  });

  it('only a scheduled job with a technician: other statuses and an unassigned job are CONFLICT, and nothing is written or sent', async () => {
    const before = (await emailsTo(w)).length;
    for (const status of ['requested', 'in_progress', 'completed', 'cancelled', 'declined'] as const) {
      const job = await jobOf(w, { status });
      const res = await announce(job.id, w.tokens.dispatcher, { m: 30 });
      expect(res.errors?.[0]?.extensions, status).toMatchObject({ code: 'CONFLICT', reason: 'NOT_ALLOWED_IN_STATUS' });
      const arrived = await arrive(job.id, w.tokens.dispatcher);
      expect(arrived.errors?.[0]?.extensions, status).toMatchObject({ code: 'CONFLICT', reason: 'NOT_ALLOWED_IN_STATUS' });
      expect(await visitOf(job.id), status).toEqual({ status, onMyWayAt: null, etaAt: null, arrivedAt: null });
    }
    const unassigned = await jobOf(w, { technicianId: null });
    const res = await announce(unassigned.id, w.tokens.dispatcher, { m: 30 });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NO_TECHNICIAN' });
    expect((await visitOf(unassigned.id)).onMyWayAt).toBeNull();
    expect((await emailsTo(w)).length).toBe(before);
  });

  it('the arrival time must be ahead, within 12 hours, and given once: BAD_USER_INPUT naming the field and a reason; nothing is written', async () => {
    const job = await jobOf(w);
    const cases: [{ m?: number; at?: string }, string, string][] = [
      [{ at: minutes(-5).toISOString() }, 'etaAt', 'ETA_IN_PAST'],
      [{ at: TEST_START.toISOString() }, 'etaAt', 'ETA_IN_PAST'],
      [{ at: minutes(12 * 60 + 1).toISOString() }, 'etaAt', 'ETA_TOO_FAR'],
      [{ m: 0 }, 'etaMinutes', 'ETA_IN_PAST'],
      [{ m: 721 }, 'etaMinutes', 'ETA_TOO_FAR'],
      [{ m: 15, at: minutes(15).toISOString() }, 'etaAt', 'ETA_MINUTES_AND_TIME'],
      [{}, 'etaMinutes', 'REQUIRED'],
    ];
    for (const [eta, field, reason] of cases) {
      const res = await announce(job.id, w.tokens.tech1, eta);
      expect(res.errors?.[0]?.extensions, JSON.stringify(eta)).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    }
    expect(await visitOf(job.id)).toEqual({ status: 'scheduled', onMyWayAt: null, etaAt: null, arrivedAt: null });
    // Twelve hours ahead exactly is still a promise.
    const far = await announce(job.id, w.tokens.tech1, { at: minutes(12 * 60).toISOString() });
    expect(far.data!.announceOnMyWay.etaAt).toBe(minutes(12 * 60).toISOString());
  });

  it('moving the job or giving it to another technician starts its visit over', async () => {
    const moved = await jobOf(w);
    await announce(moved.id, w.tokens.tech1, { m: 30 });
    const res = await app.call<{ moveJob: Visit }>(
      'admin',
      `mutation($id: ID!, $s: DateTimeISO!) { moveJob(id: $id, start: $s) { ${VISIT} } }`,
      { id: moved.id, s: '2026-12-30T16:00:00Z' },
      { token: w.tokens.dispatcher },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.moveJob).toMatchObject({ visitStage: 'not_started', onMyWayAt: null, etaAt: null, visitMoves: ['onMyWay'] });

    const reassigned = await jobOf(w);
    await announce(reassigned.id, w.tokens.tech1, { m: 30 });
    await arrive(reassigned.id, w.tokens.tech1);
    const assigned = await app.call<{ assignJob: Visit }>(
      'admin',
      `mutation($id: ID!, $t: ID) { assignJob(id: $id, technicianId: $t) { ${VISIT} } }`,
      { id: reassigned.id, t: w.tech2.id },
      { token: w.tokens.dispatcher },
    );
    expect(assigned.errors).toBeUndefined();
    expect(assigned.data!.assignJob).toMatchObject({ technicianName: w.tech2.name, visitStage: 'not_started', onMyWayAt: null, etaAt: null, arrivedAt: null });
  });

  it('the customer’s dashboard shows the next appointment on its way', async () => {
    const world = await makeDispatchWorld(app);
    const job = await makeJob(app.owner, world.tenantId, world.me.customer.id, {
      siteId: world.me.site.id,
      serviceTypeId: world.serviceType.id,
      start: minutes(60),
      technicianId: world.tech1.id,
    });
    await announce(job.id, world.tokens.tech1, { m: 40 });
    const res = await app.call<{ dashboard: { nextAppointments: Record<string, unknown>[] } }>(
      'portal',
      '{ dashboard { nextAppointments { id visitStage etaAt technicianName } } }',
      {},
      { token: world.me.token },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.dashboard.nextAppointments[0]).toEqual({ id: job.id, visitStage: 'on_the_way', etaAt: minutes(40).toISOString(), technicianName: world.tech1.name });
  });
});

describe('who can say it and who can see it', () => {
  it("another technician, another tenant's office and a customer cannot announce or mark arrived; nothing changes", async () => {
    const job = await jobOf(w);
    for (const [who, token] of [
      ['colleague', w.tokens.tech2],
      ["another tenant's owner", other.tokens.owner],
      ["another tenant's technician", other.tokens.tech1],
    ] as const) {
      for (const res of [await announce(job.id, token, { m: 30 }), await arrive(job.id, token)]) {
        expect(res.errors?.[0]?.extensions?.code, who).toBe('NOT_FOUND');
      }
    }
    for (const res of [await announce(job.id, w.me.token, { m: 30 }), await arrive(job.id, w.me.token)]) {
      expect(res.errors?.[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
    }
    // The portal has no such mutation at all.
    const portal = await app.call('portal', ANNOUNCE, { id: job.id, m: 30 }, { token: w.me.token });
    expect(portal.errors?.map((e) => e.message).join(' ')).toMatch(/announceOnMyWay/);
    expect(await visitOf(job.id)).toEqual({ status: 'scheduled', onMyWayAt: null, etaAt: null, arrivedAt: null });
    expect((await emailsTo(w)).filter((m) => m.text.includes(job.id))).toEqual([]);
  });

  it('another customer of the business and another business’s customer cannot see the job or its arrival time', async () => {
    const job = await jobOf(w);
    await announce(job.id, w.tokens.tech1, { m: 30 });
    const neighbour = await makeBookingCustomer(app, w.tenantId);
    for (const token of [neighbour.token, other.me.token]) {
      const res = await app.call('portal', PORTAL_JOB, { id: job.id }, { token });
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const list = await app.call<{ jobs: { nodes: { id: string }[] } }>('portal', '{ jobs(first: 100) { nodes { id etaAt } } }', {}, { token });
      expect(list.data!.jobs.nodes.some((n) => n.id === job.id)).toBe(false);
    }
  });

  it('a customer who chose the bell alone for "technician on the way" sees the visit but gets no email', async () => {
    const world = await makeDispatchWorld(app);
    await app.owner.portalAccount.updateMany({ where: { customerId: world.me.customer.id }, data: { notificationPreferences: { technicianOnTheWay: 'inApp' } } });
    const job = await makeJob(app.owner, world.tenantId, world.me.customer.id, {
      siteId: world.me.site.id,
      serviceTypeId: world.serviceType.id,
      start: minutes(120),
      technicianId: world.tech1.id,
    });
    const res = await announce(job.id, world.tokens.tech1, { m: 30 });
    expect(res.errors).toBeUndefined();
    expect(await emailsTo(world)).toEqual([]);
    // The bell has it, with the technician's name and the promised time for its text.
    const bell = await app.owner.notification.findMany({ where: { tenantId: world.tenantId, customerId: world.me.customer.id, kind: 'technicianOnTheWay' } });
    expect(bell.map((n) => [n.subjectId, (n.params as { technician?: string }).technician])).toEqual([[job.id, world.tech1.name]]);
    const portal = await app.call<{ job: { visitStage: string } }>('portal', PORTAL_JOB, { id: job.id }, { token: world.me.token });
    expect(portal.data!.job.visitStage).toBe('on_the_way');
  });

  it('the email is in the customer’s language, the time on the business’s clock', async () => {
    const world = await makeDispatchWorld(app);
    await app.owner.tenant.update({ where: { id: world.tenantId }, data: { timeZone: 'Europe/Paris' } });
    const written: Record<string, string> = {};
    for (const locale of ['fr', 'es'] as const) {
      await app.owner.customer.update({ where: { tenantId_id: { tenantId: world.tenantId, id: world.me.customer.id } }, data: { locale } });
      const job = await makeJob(app.owner, world.tenantId, world.me.customer.id, {
        siteId: world.me.site.id,
        serviceTypeId: world.serviceType.id,
        start: minutes(locale === 'fr' ? 120 : 300),
        technicianId: world.tech1.id,
      });
      await announce(job.id, world.tokens.tech1, { m: 20 });
      const mail = await app.owner.outboxEmail.findFirstOrThrow({ where: { tenantId: world.tenantId, text: { contains: job.id } } });
      written[locale] = mail.subject;
    }
    // 15:20 UTC is 16:20 in Paris.
    expect(written.fr).toBe(`${world.tech1.name} est en route, arrivée vers 16:20`);
    expect(written.es).toMatch(new RegExp(`^${world.tech1.name} va en camino, llegada prevista: 4:20`));
  });
});

/** Undoes quoted-printable transfer encoding (soft line breaks, =XX bytes), reading the bytes as UTF-8. */
function decodeQuotedPrintable(raw: string): string {
  const soft = raw.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    const hex = soft.slice(i + 1, i + 3);
    if (soft[i] === '=' && /^[0-9A-F]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(soft.charCodeAt(i));
  }
  return Buffer.from(bytes).toString('utf8');
}

describe('with a real SMTP server', () => {
  const mail = useMailbox();

  it('the technician’s “on my way” reaches the customer’s mailbox with the name and the time', async () => {
    const world = await makeDispatchWorld(mail.app);
    const job = await makeJob(mail.app.owner, world.tenantId, world.me.customer.id, {
      siteId: world.me.site.id,
      serviceTypeId: world.serviceType.id,
      start: minutes(90),
      technicianId: world.tech1.id,
      title: 'Boiler service',
    });
    const res = await mail.app.call('admin', ANNOUNCE, { id: job.id, m: 45 }, { token: world.tokens.tech1 });
    expect(res.errors).toBeUndefined();
    // Delivery is a background job: run the queue's due jobs for this tenant.
    await mail.app.drainJobs([world.tenantId]);

    const message = mail.received.find((m) => m.to.includes(world.me.customer.email));
    expect(message, 'the SMTP server received the email').toBeDefined();
    const body = decodeQuotedPrintable(message?.raw ?? '');
    expect(body).toMatch(new RegExp(`${world.tech1.name} from ${world.tenant.name} is on the way for Boiler service and should arrive around 9:45\\sAM`));
    expect(body).toContain(`/portal/jobs/${job.id}`);
    const stored = await mail.app.owner.outboxEmail.findFirstOrThrow({ where: { tenantId: world.tenantId, customerId: world.me.customer.id } });
    expect(stored.subject).toMatch(new RegExp(`^${world.tech1.name} is on the way, arriving around 9:45\\sAM$`));
    expect(stored.sentAt).not.toBeNull();
  });
});
