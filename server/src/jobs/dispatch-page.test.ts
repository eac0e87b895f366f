// The dispatch board (admin-web /dispatch) reads in one SQL statement: its own operation
// (DispatchWeek, as admin-web's codegen printed it) in one statement besides opening the scope,
// whatever the week holds, and with its own filters taken out row-level security alone keeps
// another business's jobs off the board, and a technician's board to their own jobs.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageStatements, startTestApp, type TestApp } from '../test/app.js';
import { expectRowLevelSecurityAlone } from '../test/page-isolation.js';
import { makeBookingCustomer, makeDispatchWorld, makeJob } from '../test/factory.js';
import { webDocument } from '../test/web-documents.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const WEEK = webDocument('admin-web', 'DispatchWeek');
// The same selection for chosen technicians' lanes (the page asks for every lane).
const CHOSEN = WEEK.replace('$to: String!)', '$to: String!, $technicianIds: [ID!])').replace(
  'dispatchBoard(from: $from, to: $to)',
  'dispatchBoard(from: $from, to: $to, technicianIds: $technicianIds)',
);
// Monday 23 November 2026 to Sunday 29 November, in Chicago (UTC-6).
const MONDAY = '2026-11-23';
const SUNDAY = '2026-11-29';
const hour = (day: number, h: number) => new Date(Date.UTC(2026, 10, 23 + day, 14 + h));

type World = Awaited<ReturnType<typeof makeDispatchWorld>>;
interface BoardJob {
  id: string;
  customerName: string;
  siteLabel: string;
  siteAddress: string;
  technicianName: string | null;
  serviceType: { name: string };
}
interface Board {
  dispatchBoard: { days: { date: string; lanes: { technicianId: string | null; technicianName: string | null; jobs: BoardJob[] }[] }[] };
}

/** `perLane` jobs a day for each technician and unassigned, for customers of the world, plus called-off ones. */
async function fillWeek(world: World, perLane: number) {
  const second = await makeBookingCustomer(app, world.tenantId);
  const customers = [world.me, second];
  const lanes = [world.tech1.id, world.tech2.id, undefined];
  const jobs = [];
  for (let day = 0; day < 7; day += 2) {
    for (const [l, technicianId] of lanes.entries()) {
      for (let n = 0; n < perLane; n++) {
        const who = customers[(l + n) % 2]!;
        jobs.push(await makeJob(app.owner, world.tenantId, who.customer.id, { siteId: who.site.id, serviceTypeId: world.serviceType.id, start: hour(day, n), technicianId }));
      }
    }
  }
  await makeJob(app.owner, world.tenantId, world.me.customer.id, { siteId: world.me.site.id, serviceTypeId: world.serviceType.id, start: hour(1, 0), status: 'cancelled' });
  return jobs;
}

const board = (token: string, technicianIds?: string[]) =>
  technicianIds
    ? app.call<Board>('admin', CHOSEN, { from: MONDAY, to: SUNDAY, technicianIds }, { token })
    : app.call<Board>('admin', WEEK, { from: MONDAY, to: SUNDAY }, { token });
const jobsOf = (b: Board | null | undefined) => (b?.dispatchBoard.days ?? []).flatMap((d) => d.lanes.flatMap((l) => l.jobs));

describe('the dispatch board', () => {
  it("runs the page's own selection", () => {
    expect(CHOSEN).toContain('technicianIds: $technicianIds');
  });

  it('answers in one SQL statement besides opening the scope, for a quiet and a busy week alike', async () => {
    const quiet = await makeDispatchWorld(app);
    const busy = await makeDispatchWorld(app);
    await fillWeek(quiet, 1);
    await fillWeek(busy, 3);
    const count = async (world: World) => {
      app.statements.length = 0;
      const res = await board(world.tokens.dispatcher);
      expect(res.errors).toBeUndefined();
      expect(pageStatements(app.statements)).toHaveLength(1);
      return { statements: app.statements.length, jobs: jobsOf(res.data) };
    };
    const small = await count(quiet);
    const large = await count(busy);
    expect([small.jobs.length, large.jobs.length]).toEqual([12, 36]);
    expect(large.statements).toBe(small.statements);
    // Opening the scope (tenant and principal included), the page's one statement, COMMIT.
    expect(small.statements).toBe(3);
    const card = large.jobs[0]!;
    expect(card).toMatchObject({ siteLabel: 'Home', serviceType: { name: 'Furnace tune-up' }, technicianName: 'Technician 1' });
    expect(card.customerName).toMatch(/^Customer /);
    expect(card.siteAddress).toContain('1 Main St');
    // A technician's board, and one for chosen technicians, are one statement too.
    app.statements.length = 0;
    expect((await board(busy.tokens.tech1)).errors).toBeUndefined();
    expect((await board(busy.tokens.owner, [busy.tech2.id])).errors).toBeUndefined();
    expect(pageStatements(app.statements)).toHaveLength(2);
  });

  it("answers the same with its own filters taken out: another business's jobs stay off the board", async () => {
    const mine = await makeDispatchWorld(app);
    const other = await makeDispatchWorld(app);
    const ours = await fillWeek(mine, 2);
    const theirs = await fillWeek(other, 2);
    const answer = await expectRowLevelSecurityAlone(app, () => board(mine.tokens.dispatcher));
    expect(answer.errors).toBeUndefined();
    expect(
      jobsOf(answer.data)
        .map((j) => j.id)
        .sort(),
    ).toEqual(ours.map((j) => j.id).sort());
    const lanes = answer.data!.dispatchBoard.days[0]!.lanes.map((l) => l.technicianId);
    expect(lanes).toEqual([mine.tech1.id, mine.tech2.id, null]);
    expect(JSON.stringify(answer.data)).not.toContain(theirs[0]!.id);
    expect(JSON.stringify(answer.data)).not.toContain(other.tech1.id);
    // Their technician as a filter is NOT_FOUND, with or without the filters.
    const foreign = await expectRowLevelSecurityAlone(app, () => board(mine.tokens.dispatcher, [other.tech1.id]));
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('answers the same with its own filters taken out: a technician sees only their own jobs', async () => {
    const mine = await makeDispatchWorld(app);
    const other = await makeDispatchWorld(app);
    const ours = await fillWeek(mine, 2);
    await fillWeek(other, 2);
    const answer = await expectRowLevelSecurityAlone(app, () => board(mine.tokens.tech1));
    expect(answer.errors).toBeUndefined();
    const shown = jobsOf(answer.data);
    expect(shown.map((j) => j.id).sort()).toEqual(
      ours
        .filter((j) => j.technicianId === mine.tech1.id)
        .map((j) => j.id)
        .sort(),
    );
    expect(shown.every((j) => j.technicianName === 'Technician 1')).toBe(true);
    expect(answer.data!.dispatchBoard.days.every((d) => d.lanes.length === 1 && d.lanes[0]!.technicianId === mine.tech1.id)).toBe(true);
  });

  it('a technician filter that names nobody of the business is NOT_FOUND, a malformed one included', async () => {
    const world = await makeDispatchWorld(app);
    for (const ids of [[randomUUID()], ['not-an-id'], [world.tech1.id, 'not-an-id']]) {
      const res = await board(world.tokens.owner, ids);
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const chosen = await board(world.tokens.owner, [world.tech2.id, world.tech2.id]);
    expect(chosen.data?.dispatchBoard.days[0]!.lanes.map((l) => l.technicianId)).toEqual([world.tech2.id, null]);
  });
});
