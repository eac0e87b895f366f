// Staff side of jobs: the dispatch board, lists, creating, assigning, moving, status changes
// along the allowed transitions, notes and parts. Placement (free technician, least loaded,
// buffers, the no-overlap constraint) is booking's: see booking/booking.service.ts `place`.
import { staffScope, type RequestContext } from '../context/context.js';
import type { Tx } from '../db/client.js';
import type { Job as JobRow, Prisma, Tenant } from '../generated/prisma/client.js';
import type { JobStatus } from '../generated/prisma/enums.js';
import { pageQuery, toConnection, type Connection } from '../common/pagination.js';
import { BadInput, Conflict, Forbidden, NotFound } from '../errors/errors.js';
import { isId } from '../common/ids.js';
import { recordStaffActivity } from '../activity/activity.js';
import { currentTenant } from '../platform/current-tenant.js';
import { guardOverlap } from '../booking/booking.data.js';
import { sendBookingEmail } from '../booking/booking.emails.js';
import { cancelJobRow, place } from '../booking/booking.service.js';
import { namedTechnician, rescheduleJob } from '../booking/booking.staff.service.js';
import { addDays, daysBetween, zonedInstant } from '../booking/slots.js';
import { adminJobSelect, toAdminJob } from './jobs.view.js';
import { businessDay } from './business-day.js';
import type { AdminJob, AdminJobListArgs, CreateJobInput, DispatchBoard, DispatchLane, JobPlanInput, MyDay, PartInput } from './jobs.admin.types.js';

export const MAX_BOARD_DAYS = 31;
const MAX_TITLE = 200;
const MAX_TEXT = 4000;
const MAX_PARTS = 100;
const MINUTE = 60_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

// ---- Allowed status changes: the one table setJobStatus follows ----

const TRANSITIONS: Record<JobStatus, readonly JobStatus[]> = {
  // Confirming or declining a request is booking's (confirmAppointment, declineAppointment).
  requested: ['cancelled'],
  scheduled: ['in_progress', 'cancelled'],
  in_progress: ['completed'],
  completed: [],
  cancelled: [],
  declined: [],
};

const LABEL: Record<JobStatus, string> = {
  requested: 'requested',
  scheduled: 'scheduled',
  in_progress: 'in progress',
  completed: 'completed',
  cancelled: 'cancelled',
  declined: 'declined',
};

/** The moves the caller may make from `status`: the table, less cancelling for technicians (setJobStatus refuses it). */
export function nextStatuses(ctx: RequestContext, status: JobStatus): JobStatus[] {
  const { principal } = staffScope(ctx);
  return TRANSITIONS[status].filter((next) => next !== 'cancelled' || principal.role !== 'technician');
}

/** Notes and parts belong to work that is or was done; not to a job called off. */
const CALLED_OFF: readonly JobStatus[] = ['cancelled', 'declined'];

// ---- Who sees which job ----

/**
 * Row-level security lets every staff member of the tenant see every job; a technician may
 * see only the jobs assigned to them, so that is enforced here, in every staff query on jobs.
 */
export function visibleJobs(ctx: RequestContext): Prisma.JobWhereInput {
  const { principal } = staffScope(ctx);
  return principal.role === 'technician' ? { technicianId: principal.staffUserId } : {};
}

/** A job the caller may see; NOT_FOUND for a malformed, missing, foreign or (technician) unassigned id. */
export async function visibleJob(ctx: RequestContext, id: string): Promise<JobRow> {
  const { tx } = staffScope(ctx);
  const job = isId(id) ? await tx.job.findFirst({ where: { id, ...visibleJobs(ctx) } }) : null;
  if (!job) throw new NotFound('This job');
  return job;
}

export async function getAdminJob(ctx: RequestContext, id: string): Promise<AdminJob> {
  const { tx } = staffScope(ctx);
  const tenant = await currentTenant(ctx);
  const row = isId(id) ? await tx.job.findFirst({ where: { id, ...visibleJobs(ctx) }, select: adminJobSelect }) : null;
  if (!row) throw new NotFound('This job');
  return toAdminJob(row, tenant.timeZone);
}

// ---- Reading ----

async function existingCustomer(tx: Tx, id: string): Promise<string> {
  const row = isId(id) ? await tx.customer.findFirst({ where: { id }, select: { id: true } }) : null;
  if (!row) throw new NotFound('This customer');
  return row.id;
}

/** Latest start first; filters naming another tenant's customer or technician are NOT_FOUND. */
export async function listAdminJobs(ctx: RequestContext, args: AdminJobListArgs): Promise<Connection<AdminJob>> {
  const { tx } = staffScope(ctx);
  const tenant = await currentTenant(ctx);
  if (args.technicianId != null && args.unassigned) throw new BadInput('unassigned', 'Ask for one technician or for unassigned jobs, not both.');
  const where: Prisma.JobWhereInput = { AND: [visibleJobs(ctx)] };
  if (args.customerId != null) where.customerId = await existingCustomer(tx, args.customerId);
  if (args.technicianId != null) where.technicianId = await namedTechnician(tx, args.technicianId);
  if (args.unassigned) where.technicianId = null;
  if (args.status) where.status = args.status;
  if (args.from || args.to) where.scheduledStart = { ...(args.from ? { gte: args.from } : {}), ...(args.to ? { lt: args.to } : {}) };
  const rows = await tx.job.findMany({ where, select: adminJobSelect, orderBy: [{ scheduledStart: 'desc' }, { id: 'desc' }], ...pageQuery(tenant.id, args) });
  return toConnection(rows, args, (row) => toAdminJob(row, tenant.timeZone));
}

function boardDay(field: string, value: string, timeZone: string): Date {
  // zonedInstant answers null for a day that does not exist (2026-02-30).
  const at = DATE.test(value) ? zonedInstant(value, 0, timeZone) : null;
  if (!at) throw new BadInput(field, 'Give a date as YYYY-MM-DD.');
  return at;
}

/**
 * Days × technicians for the board: three statements whatever the number of jobs (the tenant,
 * the jobs, the technicians); the jobs' own fields then load through the request's loaders.
 */
export async function dispatchBoard(ctx: RequestContext, from: string, to: string, technicianIds: string[] | null | undefined): Promise<DispatchBoard> {
  const { tx, principal } = staffScope(ctx);
  const tenant = await currentTenant(ctx);
  const start = boardDay('from', from, tenant.timeZone);
  boardDay('to', to, tenant.timeZone);
  const span = daysBetween(from, to);
  if (span < 0) throw new BadInput('to', 'The end date must not be before the start date.');
  if (span >= MAX_BOARD_DAYS) throw new BadInput('to', `Show at most ${MAX_BOARD_DAYS} days at a time.`);
  const end = zonedInstant(addDays(to, 1), 0, tenant.timeZone) ?? new Date(start.getTime() + (span + 1) * 1440 * MINUTE);
  const technician = principal.role === 'technician';
  const wanted = technician ? [principal.staffUserId] : technicianIds ? [...new Set(technicianIds)] : null;
  const [rows, staff] = await Promise.all([
    tx.job.findMany({
      where: {
        ...visibleJobs(ctx),
        status: { notIn: [...CALLED_OFF] },
        scheduledStart: { gte: start, lt: end },
        ...(wanted && !technician ? { OR: [{ technicianId: { in: wanted } }, { technicianId: null }] } : {}),
      },
      select: adminJobSelect,
      orderBy: [{ scheduledStart: 'asc' }, { id: 'asc' }],
    }),
    tx.staffUser.findMany({
      // Without a choice: every active technician, plus anyone else who has a job on the board.
      where: wanted ? { id: { in: wanted.filter(isId) } } : { OR: [{ role: 'technician', status: 'active' }, { jobs: { some: { status: { notIn: [...CALLED_OFF] }, scheduledStart: { gte: start, lt: end } } } }] },
      select: { id: true, name: true },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    }),
  ]);
  if (wanted && staff.length !== wanted.length) throw new NotFound('This technician');
  const jobs = rows.map((row) => toAdminJob(row, tenant.timeZone));
  const days = Array.from({ length: span + 1 }, (_, i) => addDays(from, i)).map((date) => {
    const ofDay = jobs.filter((job) => job.localDate === date);
    const lanes: DispatchLane[] = staff.map((s) => ({ technicianId: s.id, technicianName: s.name, jobs: ofDay.filter((job) => job.technicianId === s.id) }));
    if (!technician) lanes.push({ technicianId: null, technicianName: null, jobs: ofDay.filter((job) => job.technicianId === null) });
    return { date, lanes };
  });
  return { from, to, timeZone: tenant.timeZone, days };
}

/**
 * The caller's own jobs starting today in the business's time zone (by the request's clock), in
 * order: a technician's day on site. Anyone on staff who has jobs gets theirs; nobody gets another's.
 */
export async function myDay(ctx: RequestContext): Promise<MyDay> {
  const { tx, principal } = staffScope(ctx);
  const tenant = await currentTenant(ctx);
  const day = businessDay(tenant.timeZone, ctx.now());
  const rows = await tx.job.findMany({
    where: { technicianId: principal.staffUserId, status: { notIn: [...CALLED_OFF] }, scheduledStart: { gte: day.start, lt: day.end } },
    select: adminJobSelect,
    orderBy: [{ scheduledStart: 'asc' }, { id: 'asc' }],
  });
  return { date: day.date, timeZone: tenant.timeZone, jobs: rows.map((row) => toAdminJob(row, tenant.timeZone)) };
}

// ---- Creating and placing ----

function cleanText(field: string, value: string | null | undefined, max: number, required: string | null): string | null {
  const text = value?.trim() ?? '';
  if (required && !text) throw new BadInput(field, required);
  if (text.length > max) throw new BadInput(field, `Please keep this under ${max} characters.`);
  return text || null;
}

/** A technician staff named for a service: active, of this tenant (else NOT_FOUND) and qualified for it. */
async function qualifiedTechnician(tx: Tx, serviceTypeId: string, id: string | null | undefined): Promise<string | null> {
  const named = await namedTechnician(tx, id);
  if (!named) return null;
  const skill = await tx.serviceTypeTechnician.findFirst({ where: { serviceTypeId, staffUserId: named }, select: { staffUserId: true } });
  if (!skill) throw new BadInput('technicianId', 'This technician does not do this service. Pick a qualified technician.');
  return named;
}

function plannedEnd(plan: JobPlanInput, serviceMinutes: number): Date {
  if (plan.end && plan.durationMinutes != null) throw new BadInput('end', 'Give an end or a duration, not both.');
  if (plan.durationMinutes != null && (!Number.isInteger(plan.durationMinutes) || plan.durationMinutes < 5 || plan.durationMinutes > 24 * 60)) {
    throw new BadInput('durationMinutes', 'A job lasts from 5 minutes to 24 hours.');
  }
  const end = plan.end ?? new Date(plan.start.getTime() + (plan.durationMinutes ?? serviceMinutes) * MINUTE);
  if (end.getTime() <= plan.start.getTime()) throw new BadInput('end', 'The end must be after the start.');
  if (end.getTime() - plan.start.getTime() > 24 * 60 * MINUTE) throw new BadInput('end', 'A job lasts at most 24 hours.');
  return end;
}

/**
 * Creates a scheduled job for `customerId` from a plan: checks every id in the caller's tenant
 * and the customer's records, then places it (named or least-loaded free technician) or leaves
 * it unassigned. Shared by createJob and convertRequestToJob; no activity or email here.
 */
export async function createJobRow(ctx: RequestContext, tenant: Tenant, customerId: string, plan: JobPlanInput): Promise<JobRow> {
  const { tx } = staffScope(ctx);
  const title = cleanText('title', plan.title, MAX_TITLE, 'Give the job a title.');
  const description = cleanText('description', plan.description, MAX_TEXT, null);
  const site = isId(plan.siteId) ? await tx.site.findFirst({ where: { id: plan.siteId, customerId }, select: { id: true } }) : null;
  if (!site) throw new NotFound('This site');
  if (plan.assetId != null) {
    const asset = isId(plan.assetId) ? await tx.asset.findFirst({ where: { id: plan.assetId, customerId }, select: { id: true } }) : null;
    if (!asset) throw new NotFound('This asset');
  }
  const service = isId(plan.serviceTypeId) ? await tx.serviceType.findFirst({ where: { id: plan.serviceTypeId, active: true }, select: { id: true, durationMinutes: true } }) : null;
  if (!service) throw new NotFound('This service');
  if (plan.technicianId != null && plan.autoAssign) throw new BadInput('technicianId', 'Name a technician or ask for automatic assignment, not both.');
  if (plan.start.getTime() <= ctx.now().getTime()) throw new BadInput('start', 'This time has already passed. Please pick a time in the future.');
  const end = plannedEnd(plan, service.durationMinutes);
  let technicianId: string | null = null;
  if (plan.technicianId != null || plan.autoAssign) {
    const named = await qualifiedTechnician(tx, service.id, plan.technicianId);
    technicianId = (await place(ctx, tx, tenant, { serviceTypeId: service.id, start: plan.start, end, by: 'staff', technicianId: named })).technicianId;
  }
  return guardOverlap(() =>
    tx.job.create({
      data: {
        tenantId: tenant.id,
        customerId,
        siteId: site.id,
        serviceTypeId: service.id,
        assetId: plan.assetId ?? null,
        technicianId,
        status: 'scheduled',
        title: title ?? '',
        description,
        scheduledStart: plan.start,
        scheduledEnd: end,
      },
    }),
  );
}

export async function createJob(ctx: RequestContext, input: CreateJobInput): Promise<AdminJob> {
  const { tx } = staffScope(ctx);
  const tenant = await currentTenant(ctx);
  const customerId = await existingCustomer(tx, input.customerId);
  const job = await createJobRow(ctx, tenant, customerId, input);
  await recordStaffActivity(ctx, 'job.created', { subjectId: job.id, customerId });
  await sendBookingEmail(ctx, tx, tenant, 'booked', job);
  return getAdminJob(ctx, job.id);
}

/** Gives a scheduled job a technician: the one named (qualified and free) or the least loaded free one. */
export async function assignJob(ctx: RequestContext, id: string, technicianId: string | null | undefined, auto: boolean): Promise<AdminJob> {
  const { tx } = staffScope(ctx);
  const tenant = await currentTenant(ctx);
  const job = await visibleJob(ctx, id);
  if ((technicianId == null) === !auto) throw new BadInput('technicianId', 'Name a technician or ask for automatic assignment.');
  if (job.status !== 'scheduled') throw new Conflict(`This job is ${LABEL[job.status]} and can no longer be assigned.`);
  const named = await qualifiedTechnician(tx, job.serviceTypeId, technicianId);
  if (named && named === job.technicianId) return getAdminJob(ctx, job.id);
  // Not passed as `moving`: the job's own time blocks its current technician, so "auto" picks someone else.
  const placed = await place(ctx, tx, tenant, { serviceTypeId: job.serviceTypeId, start: job.scheduledStart, end: job.scheduledEnd, by: 'staff', technicianId: named });
  await guardOverlap(() => tx.job.updateMany({ where: { id: job.id, status: 'scheduled' }, data: { technicianId: placed.technicianId } }));
  await recordStaffActivity(ctx, 'job.assigned', { subjectId: job.id, customerId: job.customerId });
  return getAdminJob(ctx, job.id);
}

/** Booking's staff reschedule (free technician kept or found, customer told), answered as an AdminJob. */
export async function moveAdminJob(ctx: RequestContext, id: string, start: Date, technicianId: string | null | undefined): Promise<AdminJob> {
  await visibleJob(ctx, id);
  await rescheduleJob(ctx, id, start, technicianId);
  return getAdminJob(ctx, id);
}

// ---- Status, notes, parts ----

export async function setJobStatus(ctx: RequestContext, id: string, status: JobStatus): Promise<AdminJob> {
  const { tx, principal } = staffScope(ctx);
  const tenant = await currentTenant(ctx);
  const job = await visibleJob(ctx, id);
  if (job.status === status) throw new Conflict(`This job is already ${LABEL[status]}.`);
  if (!TRANSITIONS[job.status].includes(status)) {
    throw new Conflict(`This job is ${LABEL[job.status]} and cannot be made ${LABEL[status]}.`);
  }
  if (status === 'cancelled') {
    if (principal.role === 'technician') throw new Forbidden('Only the office can cancel a job.');
    await cancelJobRow(ctx, tx, tenant, job, 'staff', null);
  } else {
    // Conditional on the status read, so two changes at once cannot both pass the table.
    const changed = await tx.job.updateMany({
      where: { id: job.id, status: job.status },
      data: { status, ...(status === 'completed' ? { completedAt: ctx.now() } : {}) },
    });
    if (changed.count === 0) throw new Conflict('This job was just changed by someone else. Reload it and try again.');
  }
  await recordStaffActivity(ctx, 'job.status_changed', { subjectId: job.id, customerId: job.customerId });
  return getAdminJob(ctx, job.id);
}

async function workedJob(ctx: RequestContext, id: string): Promise<JobRow> {
  const job = await visibleJob(ctx, id);
  if (CALLED_OFF.includes(job.status)) throw new Conflict(`This job is ${LABEL[job.status]}: its notes and parts can no longer change.`);
  return job;
}

export async function updateJobNotes(ctx: RequestContext, id: string, customerNotes: string | null | undefined): Promise<AdminJob> {
  const { tx } = staffScope(ctx);
  const job = await workedJob(ctx, id);
  const text = cleanText('customerNotes', customerNotes, MAX_TEXT, null);
  await tx.job.updateMany({ where: { id: job.id }, data: { customerNotes: text } });
  await recordStaffActivity(ctx, 'job.notes_updated', { subjectId: job.id, customerId: job.customerId });
  return getAdminJob(ctx, job.id);
}

export async function addInternalNote(ctx: RequestContext, jobId: string, body: string): Promise<AdminJob> {
  const { tx, principal } = staffScope(ctx);
  const job = await visibleJob(ctx, jobId);
  const text = cleanText('body', body, MAX_TEXT, 'Write the note first.') ?? '';
  await tx.jobInternalNote.create({ data: { tenantId: principal.tenantId, jobId: job.id, authorId: principal.staffUserId, body: text, createdAt: ctx.now() } });
  await recordStaffActivity(ctx, 'job.internal_note_added', { subjectId: job.id, customerId: job.customerId });
  return getAdminJob(ctx, job.id);
}

export async function setPartsUsed(ctx: RequestContext, id: string, parts: PartInput[]): Promise<AdminJob> {
  const { tx } = staffScope(ctx);
  const job = await workedJob(ctx, id);
  if (parts.length > MAX_PARTS) throw new BadInput('parts', `List at most ${MAX_PARTS} parts.`);
  const clean = parts.map((part) => {
    const name = cleanText('parts', part.name, MAX_TITLE, 'Give each part a name.') ?? '';
    if (!Number.isInteger(part.quantity) || part.quantity < 1 || part.quantity > 10_000) throw new BadInput('parts', `The quantity of ${name} must be a whole number from 1 to 10000.`);
    return { name, quantity: part.quantity };
  });
  await tx.job.updateMany({ where: { id: job.id }, data: { partsUsed: clean } });
  await recordStaffActivity(ctx, 'job.parts_updated', { subjectId: job.id, customerId: job.customerId });
  return getAdminJob(ctx, job.id);
}
