// The dispatch board (admin-web /dispatch) in one SQL statement: the week's jobs with what their
// cards show (customer, site, service, technician), and the lanes' technicians, whatever the number
// of jobs (platform/page-read.ts, platform/operation-read.ts). Which jobs a member of staff sees is
// row-level security's: a technician's statement sees only the jobs assigned to them, so their
// board is their own lane.
import type { GraphQLResolveInfo } from 'graphql';
import { Prisma } from '../generated/prisma/client.js';
import type { StaffContext } from '../context/context.js';
import { isId } from '../common/ids.js';
import { BadInput, NotFound } from '../errors/errors.js';
import { currentTenant } from '../platform/current-tenant.js';
import { rowsOf } from '../platform/page-read.js';
import { rootPart } from '../platform/operation-read.js';
import { addDays, daysBetween, zonedInstant } from '../booking/local-dates.js';
import { keepStaffNames } from './jobs.loaders.js';
import { adminJobPreload, adminJobRelations, keepAdminJobRelations, type AdminJobPreload } from './jobs.admin.page.js';
import { adminJobSelect, toAdminJob } from './jobs.view.js';
import { CALLED_OFF_STATUSES } from './job-lifecycle.js';
import type { DispatchBoard, DispatchLane } from './jobs.admin.types.js';

export const MAX_BOARD_DAYS = 31;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;
const STAFF = { id: true, name: true } as const;

function boardDay(field: string, value: string, timeZone: string): Date {
  // zonedInstant answers null for a day that does not exist (2026-02-30).
  const at = DATE.test(value) ? zonedInstant(value, 0, timeZone) : null;
  if (!at) throw new BadInput(field, 'Give a date as YYYY-MM-DD.');
  return at;
}

export interface DispatchBoardArgs {
  from: string;
  to: string;
  technicianIds?: string[] | null;
}

interface BoardPlan {
  from: string;
  to: string;
  span: number;
  start: Date;
  end: Date;
  timeZone: string;
  /** A technician's board: their own lane, no unassigned one. */
  technician: boolean;
  /** The lanes asked for (a technician: their own); null for every active technician and anyone with a job on the board. */
  wanted: string[] | null;
  preload: AdminJobPreload;
}

/** Days × technicians from `from` to `to` (at most 31 days, business time zone). */
export const dispatchBoardPart = rootPart({
  endpoint: 'admin',
  field: 'dispatchBoard',
  async plan(ctx: StaffContext, args: DispatchBoardArgs, info: GraphQLResolveInfo): Promise<BoardPlan> {
    const { principal } = ctx;
    const tenant = await currentTenant(ctx);
    const start = boardDay('from', args.from, tenant.timeZone);
    boardDay('to', args.to, tenant.timeZone);
    const span = daysBetween(args.from, args.to);
    if (span < 0) throw new BadInput('to', 'The end date must not be before the start date.');
    if (span >= MAX_BOARD_DAYS) throw new BadInput('to', `Show at most ${MAX_BOARD_DAYS} days at a time.`);
    const end = zonedInstant(addDays(args.to, 1), 0, tenant.timeZone) ?? new Date(start.getTime() + (span + 1) * DAY_MS);
    const technician = principal.role === 'technician';
    const wanted = technician ? [principal.staffUserId] : args.technicianIds ? [...new Set(args.technicianIds)] : null;
    // An id that is not one cannot name one of the business's technicians.
    if (wanted && !wanted.every(isId)) throw new NotFound('This technician');
    return { from: args.from, to: args.to, span, start, end, timeZone: tenant.timeZone, technician, wanted, preload: adminJobPreload(info, 'days.lanes.jobs.') };
  },
  sql(q, plan) {
    const calledOff = Prisma.join(CALLED_OFF_STATUSES.map((status) => Prisma.sql`${status}`));
    const onBoard = (alias: string) => {
      const j = Prisma.raw(alias);
      return Prisma.sql`${j}.status::text NOT IN (${calledOff}) AND ${j}.scheduled_start >= ${plan.start} AND ${j}.scheduled_start < ${plan.end}`;
    };
    const lanesAsked = plan.wanted && !plan.technician ? Prisma.sql` AND (j.technician_id = ANY(${plan.wanted}::uuid[]) OR j.technician_id IS NULL)` : Prisma.empty;
    const jobs = q.list(
      q.row('Job', 'j', adminJobSelect, adminJobRelations(q, 'j', { ...plan.preload, technician: false })),
      Prisma.sql`FROM jobs j WHERE ${q.own('j')} AND ${onBoard('j')}${lanesAsked}`,
      Prisma.sql`j.scheduled_start, j.id`,
    );
    // Without a choice: every active technician, plus anyone else who has a job on the board.
    const whose = plan.wanted
      ? Prisma.sql`s.id = ANY(${plan.wanted}::uuid[])`
      : Prisma.sql`((s.role::text = 'technician' AND s.status::text = 'active') OR EXISTS (SELECT 1 FROM jobs j WHERE j.tenant_id = s.tenant_id AND j.technician_id = s.id AND ${onBoard('j')}))`;
    const staff = q.list(q.row('StaffUser', 's', STAFF), Prisma.sql`FROM staff_users s WHERE ${q.own('s')} AND ${whose}`, Prisma.sql`s.name, s.id`);
    return Prisma.sql`json_build_object('jobs', ${jobs}, 'staff', ${staff})`;
  },
  answer(ctx, plan, value): DispatchBoard {
    const read = value as { jobs: unknown; staff: unknown };
    const staff = rowsOf(ctx, 'StaffUser', STAFF, read.staff);
    if (plan.wanted && staff.length !== plan.wanted.length) throw new NotFound('This technician');
    // Every job on the board is in a lane of these technicians, or unassigned: their names are the jobs' technicianName.
    keepStaffNames(ctx, staff);
    const jobs = keepAdminJobRelations(ctx, rowsOf(ctx, 'Job', adminJobSelect, read.jobs)).map((row) => toAdminJob(row, plan.timeZone));
    const days = Array.from({ length: plan.span + 1 }, (_, i) => addDays(plan.from, i)).map((date) => {
      const ofDay = jobs.filter((job) => job.localDate === date);
      const lanes: DispatchLane[] = staff.map((s) => ({ technicianId: s.id, technicianName: s.name, jobs: ofDay.filter((job) => job.technicianId === s.id) }));
      if (!plan.technician) lanes.push({ technicianId: null, technicianName: null, jobs: ofDay.filter((job) => job.technicianId === null) });
      return { date, lanes };
    });
    return { from: plan.from, to: plan.to, timeZone: plan.timeZone, days };
  },
});
