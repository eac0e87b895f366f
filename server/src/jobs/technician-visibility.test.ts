// Technicians see their own jobs in the database itself: raw SQL without any WHERE clause,
// through a staff transaction whose role is 'technician', returns only the jobs (and internal
// notes) assigned to them; the office and background work see the whole tenant. Both ways a
// staff scope is opened are checked: a request's (app_open_request, from its session) and a
// nested one (platform/scope.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/app.js';
import { makeDispatchWorld, makeJob, makeStaff, staffToken } from '../test/factory.js';
import type { RlsScope } from '../db/rls.js';
import type { Tx } from '../db/client.js';
import { inTenantScope } from '../platform/scope.js';

let app: TestApp;
let w: Awaited<ReturnType<typeof makeDispatchWorld>>;
let other: Awaited<ReturnType<typeof makeDispatchWorld>>;
const jobs: Record<'mine' | 'colleagues' | 'unassigned' | 'foreign', string> = { mine: '', colleagues: '', unassigned: '', foreign: '' };

beforeAll(async () => {
  app = await startTestApp();
  w = await makeDispatchWorld(app);
  other = await makeDispatchWorld(app);
  const job = (world: typeof w, hour: number, technicianId?: string) =>
    makeJob(app.owner, world.tenantId, world.me.customer.id, {
      siteId: world.me.site.id,
      serviceTypeId: world.serviceType.id,
      start: new Date(Date.UTC(2026, 11, 1, hour)),
      technicianId,
    });
  jobs.mine = (await job(w, 14, w.tech1.id)).id;
  jobs.colleagues = (await job(w, 15, w.tech2.id)).id;
  jobs.unassigned = (await job(w, 16)).id;
  jobs.foreign = (await job(other, 14, other.tech1.id)).id;
  for (const jobId of [jobs.mine, jobs.colleagues, jobs.unassigned]) {
    await app.owner.jobInternalNote.create({ data: { tenantId: w.tenantId, jobId, body: 'Note', createdAt: app.clock.now } });
  }
});
afterAll(() => app.close());

const technician = (staffId: string): RlsScope => ({ tenantId: w.tenantId, role: 'staff', staffId, staffRole: 'technician' });

function inScope<T>(scope: RlsScope, work: (tx: Tx) => Promise<T>): Promise<T> {
  return inTenantScope(app.deps, scope, (ctx) => work(ctx.tx));
}

const jobIds = (tx: Tx) => tx.$queryRaw<{ id: string }[]>`SELECT id::text FROM jobs ORDER BY scheduled_start`.then((rows) => rows.map((r) => r.id));
const notedJobIds = (tx: Tx) =>
  tx.$queryRaw<{ job_id: string }[]>`SELECT job_id::text FROM job_internal_notes ORDER BY created_at, job_id`.then((rows) => rows.map((r) => r.job_id));

/** Opens a transaction the way a signed-in request does (one statement from the session) and runs raw SQL in it. */
async function asSignedIn<T>(staff: { id: string; tenantId: string }, work: (tx: Tx) => Promise<T>): Promise<T> {
  const { sessionId } = await staffToken(app, staff);
  return app.db.$transaction(async (tx) => {
    const opened = await tx.$queryRaw<{ staff_role: string }[]>`SELECT * FROM app_open_request(${staff.tenantId}::uuid, 'staff', NULL::uuid, ${sessionId}::uuid, ${app.clock.now})`;
    expect(opened).toHaveLength(1);
    return work(tx);
  });
}

describe('row-level security for technicians', () => {
  it('a technician sees only the jobs assigned to them, and only their internal notes', async () => {
    await inScope(technician(w.tech1.id), async (tx) => {
      expect(await jobIds(tx)).toEqual([jobs.mine]);
      expect(await notedJobIds(tx)).toEqual([jobs.mine]);
    });
  });

  it("another technician's job, an unassigned one and another tenant's are invisible, also by id and to writes", async () => {
    await inScope(technician(w.tech1.id), async (tx) => {
      for (const id of [jobs.colleagues, jobs.unassigned, jobs.foreign]) {
        expect(await tx.$queryRaw`SELECT 1 FROM jobs WHERE id = ${id}::uuid`, id).toEqual([]);
        expect(await tx.$executeRaw`UPDATE jobs SET customer_notes = 'x' WHERE id = ${id}::uuid`, id).toBe(0);
      }
    });
    // Nor can a job be handed to someone else: the row written must still be the technician's.
    await expect(inScope(technician(w.tech1.id), (tx) => tx.$executeRaw`UPDATE jobs SET technician_id = ${w.tech2.id}::uuid WHERE id = ${jobs.mine}::uuid`)).rejects.toThrow(
      /row-level security/,
    );
    expect((await app.owner.job.findMany({ where: { id: { in: [jobs.colleagues, jobs.unassigned] } } })).every((j) => j.customerNotes === null)).toBe(true);
  });

  it('a technician scope without a staff id sees no job', async () => {
    await inScope({ tenantId: w.tenantId, role: 'staff', staffRole: 'technician' }, async (tx) => {
      expect(await jobIds(tx)).toEqual([]);
    });
  });

  it('the office and background work see every job of the tenant', async () => {
    for (const role of ['owner', 'admin', 'dispatcher'] as const) {
      const member = await makeStaff(app.owner, w.tenantId, role);
      await inScope({ tenantId: w.tenantId, role: 'staff', staffId: member.id, staffRole: role }, async (tx) => {
        expect(await jobIds(tx), role).toEqual([jobs.mine, jobs.colleagues, jobs.unassigned]);
        expect((await notedJobIds(tx)).sort(), role).toEqual([jobs.mine, jobs.colleagues, jobs.unassigned].sort());
      });
    }
    await inScope({ tenantId: w.tenantId, role: 'system' }, async (tx) => {
      expect(await jobIds(tx)).toEqual([jobs.mine, jobs.colleagues, jobs.unassigned]);
    });
  });

  it("a signed-in request's transaction knows its staff member and role: a technician sees their jobs, an owner all", async () => {
    await asSignedIn(w.tech1, async (tx) => {
      expect(await jobIds(tx)).toEqual([jobs.mine]);
      const settings = await tx.$queryRaw<{ id: string; role: string }[]>`SELECT current_setting('app.staff_id') AS id, current_setting('app.staff_role') AS role`;
      expect(settings).toEqual([{ id: w.tech1.id, role: 'technician' }]);
    });
    await asSignedIn(w.tech2, async (tx) => {
      expect(await jobIds(tx)).toEqual([jobs.colleagues]);
    });
    const owner = await makeStaff(app.owner, w.tenantId, 'owner');
    await asSignedIn(owner, async (tx) => {
      expect(await jobIds(tx)).toEqual([jobs.mine, jobs.colleagues, jobs.unassigned]);
    });
  });

  it('placement still sees every technician’s busy times (a SECURITY DEFINER function, not narrowed)', async () => {
    await inScope(technician(w.tech1.id), async (tx) => {
      const busy = await tx.$queryRaw<{ technician_id: string }[]>`
        SELECT technician_id::text FROM technician_busy_times(${[w.tech1.id, w.tech2.id]}::uuid[], '2026-12-01T00:00:00Z'::timestamptz, '2026-12-02T00:00:00Z'::timestamptz) ORDER BY starts_at`;
      expect(busy.map((b) => b.technician_id)).toEqual([w.tech1.id, w.tech2.id]);
    });
  });
});
