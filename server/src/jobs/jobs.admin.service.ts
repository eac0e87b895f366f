// Staff side of jobs: lists, creating, assigning, moving, status changes along the job lifecycle
// (job-lifecycle.ts), notes and parts; the dispatch board is dispatch-page.ts. Placement (free
// technician, least loaded, buffers, the no-overlap constraint) is booking's: see
// booking/booking.service.ts `place`.
//
// Which jobs a member of staff sees is row-level security's: a technician's transaction sees
// only the jobs assigned to them (and their internal notes), whatever the query.
import type { RequestContext, StaffContext } from '../context/context.js';
import type { Prisma, Tenant } from '../generated/prisma/client.js';
import type { JobStatus } from '../generated/prisma/enums.js';
import { pageQuery, toConnection, type Connection } from '../common/pagination.js';
import { BadInput, NotFound, Unauthenticated } from '../errors/errors.js';
import { isId } from '../common/ids.js';
import { recordStaffActivity } from '../activity/activity.js';
import { currentTenant } from '../platform/current-tenant.js';
import { guardOverlap } from '../booking/booking.data.js';
import { notifyBooking } from '../booking/booking.emails.js';
import { notifyCustomer } from '../notifications/notify.js';
import { cancelBooking, moveBooking, place, startInPast } from '../booking/booking.service.js';
import { namedTechnician } from '../booking/booking.staff.service.js';
import { adminJobSelect, toAdminJob, type AdminJobRow } from './jobs.view.js';
import { updateJob, VISIT_RESET } from './jobs.data.js';
import { businessDay } from './business-day.js';
import { plannedEnd } from './job-length.js';
import { assertMove, CALLED_OFF_STATUSES, nextStatuses, staffActor, statusMove } from './job-lifecycle.js';
import type { AdminJob, AdminJobListArgs, CreateJobInput, JobPlanInput, MyDay, PartInput } from './jobs.admin.types.js';

const MAX_TITLE = 200;
const MAX_TEXT = 4000;
const MAX_REASON = 500;
const MAX_PARTS = 100;

/** The statuses setJobStatus accepts from the job's for the caller (the lifecycle's table). */
export function jobNextStatuses(ctx: StaffContext, job: { status: JobStatus }): JobStatus[] {
  return nextStatuses(job.status, staffActor(ctx.principal.role));
}

// ---- Reading ----

/**
 * A job the caller may see; NOT_FOUND for a malformed, missing or foreign id, and (row-level
 * security) for a technician, any job not assigned to them. Other domains attach to jobs with it.
 */
export async function visibleJob(ctx: RequestContext, id: string): Promise<AdminJobRow> {
  if (!ctx.tx) throw new Unauthenticated();
  const job = isId(id) ? await ctx.tx.job.findFirst({ where: { id }, select: adminJobSelect }) : null;
  if (!job) throw new NotFound('This job');
  return job;
}

export async function getAdminJob(ctx: StaffContext, id: string): Promise<AdminJob> {
  const tenant = await currentTenant(ctx);
  return toAdminJob(await visibleJob(ctx, id), tenant.timeZone);
}

async function existingCustomer(ctx: StaffContext, id: string): Promise<string> {
  const row = isId(id) ? await ctx.tx.customer.findFirst({ where: { id }, select: { id: true } }) : null;
  if (!row) throw new NotFound('This customer');
  return row.id;
}

/** Latest start first; filters naming another tenant's customer or technician are NOT_FOUND. */
export async function listAdminJobs(ctx: StaffContext, args: AdminJobListArgs): Promise<Connection<AdminJob>> {
  const tenant = await currentTenant(ctx);
  if (args.technicianId != null && args.unassigned) throw new BadInput('unassigned', 'Ask for one technician or for unassigned jobs, not both.');
  const where: Prisma.JobWhereInput = {};
  if (args.customerId != null) where.customerId = await existingCustomer(ctx, args.customerId);
  if (args.technicianId != null) where.technicianId = await namedTechnician(ctx, args.technicianId);
  if (args.unassigned) where.technicianId = null;
  if (args.status) where.status = args.status;
  if (args.from || args.to) where.scheduledStart = { ...(args.from ? { gte: args.from } : {}), ...(args.to ? { lt: args.to } : {}) };
  const rows = await ctx.tx.job.findMany({ where, select: adminJobSelect, orderBy: [{ scheduledStart: 'desc' }, { id: 'desc' }], ...pageQuery(tenant.id, args) });
  return toConnection(rows, args, (row) => toAdminJob(row, tenant.timeZone));
}

/**
 * The caller's own jobs starting today in the business's time zone (by the request's clock), in
 * order: a technician's day on site. Anyone on staff who has jobs gets theirs; nobody gets another's.
 */
export async function myDay(ctx: StaffContext): Promise<MyDay> {
  const { tx, principal } = ctx;
  const tenant = await currentTenant(ctx);
  const day = businessDay(tenant.timeZone, ctx.now());
  const rows = await tx.job.findMany({
    where: { technicianId: principal.staffUserId, status: { notIn: [...CALLED_OFF_STATUSES] }, scheduledStart: { gte: day.start, lt: day.end } },
    select: adminJobSelect,
    orderBy: [{ scheduledStart: 'asc' }, { id: 'asc' }],
  });
  return { date: day.date, timeZone: tenant.timeZone, jobs: rows.map((row) => toAdminJob(row, tenant.timeZone)) };
}

// ---- Creating and placing ----

function cleanText(field: string, value: string | null | undefined, max: number, required: string | null): string | null {
  const text = value?.trim() ?? '';
  if (required && !text) throw new BadInput(field, required, 'REQUIRED');
  if (text.length > max) throw new BadInput(field, `Please keep this under ${max} characters.`, 'TOO_LONG');
  return text || null;
}

/** A technician staff named for a service: active, of this tenant (else NOT_FOUND) and qualified for it. */
async function qualifiedTechnician(ctx: StaffContext, serviceTypeId: string, id: string | null | undefined): Promise<string | null> {
  const named = await namedTechnician(ctx, id);
  if (!named) return null;
  const skill = await ctx.tx.serviceTypeTechnician.findFirst({ where: { serviceTypeId, staffUserId: named }, select: { staffUserId: true } });
  if (!skill) throw new BadInput('technicianId', 'This technician does not do this service. Pick a qualified technician.', 'NOT_QUALIFIED');
  return named;
}

/**
 * Creates a scheduled job for `customerId` from a plan: checks every id in the caller's tenant
 * and the customer's records, then places it (named or least-loaded free technician) or leaves
 * it unassigned. Shared by createJob and convertRequestToJob; no activity or email here.
 */
export async function createJobRow(ctx: StaffContext, tenant: Tenant, customerId: string, plan: JobPlanInput): Promise<AdminJobRow> {
  const { tx } = ctx;
  const title = cleanText('title', plan.title, MAX_TITLE, 'Give the job a title.');
  const description = cleanText('description', plan.description, MAX_TEXT, null);
  const site = isId(plan.siteId) ? await tx.site.findFirst({ where: { id: plan.siteId, customerId }, select: { id: true } }) : null;
  if (!site) throw new NotFound('This site');
  if (plan.assetId != null) {
    const asset = isId(plan.assetId) ? await tx.asset.findFirst({ where: { id: plan.assetId, customerId }, select: { id: true } }) : null;
    if (!asset) throw new NotFound('This asset');
  }
  const service = isId(plan.serviceTypeId)
    ? await tx.serviceType.findFirst({ where: { id: plan.serviceTypeId, active: true }, select: { id: true, durationMinutes: true } })
    : null;
  if (!service) throw new NotFound('This service');
  if (plan.technicianId != null && plan.autoAssign) throw new BadInput('technicianId', 'Name a technician or ask for automatic assignment, not both.');
  if (plan.start.getTime() <= ctx.now().getTime()) throw startInPast();
  const end = plannedEnd(plan, service.durationMinutes);
  let technicianId: string | null = null;
  if (plan.technicianId != null || plan.autoAssign) {
    const named = await qualifiedTechnician(ctx, service.id, plan.technicianId);
    technicianId = (await place(ctx, tenant, { serviceTypeId: service.id, start: plan.start, end, by: 'staff', technicianId: named })).technicianId;
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
      select: adminJobSelect,
    }),
  );
}

export async function createJob(ctx: StaffContext, input: CreateJobInput): Promise<AdminJob> {
  const tenant = await currentTenant(ctx);
  const customerId = await existingCustomer(ctx, input.customerId);
  const job = await createJobRow(ctx, tenant, customerId, input);
  await recordStaffActivity(ctx, 'job.created', { subjectId: job.id, customerId });
  await notifyBooking(ctx, tenant, 'booked', job);
  return toAdminJob(job, tenant.timeZone);
}

/** Gives a scheduled job a technician: the one named (qualified and free) or the least loaded free one. */
export async function assignJob(ctx: StaffContext, id: string, technicianId: string | null | undefined, auto: boolean): Promise<AdminJob> {
  const tenant = await currentTenant(ctx);
  const job = await visibleJob(ctx, id);
  if ((technicianId == null) === !auto) throw new BadInput('technicianId', 'Name a technician or ask for automatic assignment.');
  assertMove(job, 'assign', staffActor(ctx.principal.role), 'job');
  const named = await qualifiedTechnician(ctx, job.serviceTypeId, technicianId);
  if (named && named === job.technicianId) return toAdminJob(job, tenant.timeZone);
  // Not passed as `moving`: the job's own time blocks its current technician, so "auto" picks someone else.
  const placed = await place(ctx, tenant, { serviceTypeId: job.serviceTypeId, start: job.scheduledStart, end: job.scheduledEnd, by: 'staff', technicianId: named });
  const assigned = await guardOverlap(() => updateJob(ctx, tenant.id, job, { technicianId: placed.technicianId, ...VISIT_RESET }));
  await recordStaffActivity(ctx, 'job.assigned', { subjectId: job.id, customerId: job.customerId });
  return toAdminJob(assigned, tenant.timeZone);
}

/**
 * Moves a job or appointment request to `start` at any time (no cancellation window for staff):
 * its technician is kept when free, else another qualified one found (or the one named); the
 * customer is told.
 */
export async function moveJob(ctx: StaffContext, id: string, start: Date, technicianId: string | null | undefined): Promise<AdminJob> {
  const tenant = await currentTenant(ctx);
  const job = await visibleJob(ctx, id);
  assertMove(job, 'reschedule', staffActor(ctx.principal.role), 'appointment');
  const moved = await moveBooking(ctx, tenant, job, { start, by: 'staff', technicianId: await namedTechnician(ctx, technicianId) });
  await recordStaffActivity(ctx, 'booking.rescheduled_by_staff', { subjectId: job.id, customerId: job.customerId });
  return toAdminJob(moved, tenant.timeZone);
}

// ---- Status, notes, parts ----

/**
 * Moves a job along the lifecycle. Cancelling (the office only) stamps who and when and tells
 * the customer, with `reason` when given; completing stamps completedAt and tells the customer.
 */
export async function setJobStatus(ctx: StaffContext, id: string, status: JobStatus, reason: string | null | undefined): Promise<AdminJob> {
  const tenant = await currentTenant(ctx);
  const job = await visibleJob(ctx, id);
  const move = statusMove(job.status, status, staffActor(ctx.principal.role));
  const changed =
    move === 'cancel'
      ? await cancelBooking(ctx, tenant, job, 'staff', cancellationReason(reason))
      : await updateJob(ctx, tenant.id, job, { status, ...(move === 'complete' ? { completedAt: ctx.now() } : {}) });
  await recordStaffActivity(ctx, 'job.status_changed', { subjectId: job.id, customerId: job.customerId });
  if (move === 'complete') await notifyCustomer(ctx, { customerId: job.customerId, kind: 'jobCompleted', subject: { type: 'job', id: job.id }, params: { title: job.title } });
  return toAdminJob(changed, tenant.timeZone);
}

/** Why the office called a job off, for the customer's email (optional). */
function cancellationReason(reason: string | null | undefined): string | null {
  const text = reason?.trim() || null;
  if (text && text.length > MAX_REASON) throw new BadInput('reason', `Please keep the reason under ${MAX_REASON} characters.`, 'TOO_LONG');
  return text;
}

/** A job whose notes and parts may still change: not called off. */
async function workedJob(ctx: StaffContext, id: string): Promise<AdminJobRow> {
  const job = await visibleJob(ctx, id);
  assertMove(job, 'recordWork', staffActor(ctx.principal.role), 'job');
  return job;
}

export async function updateJobNotes(ctx: StaffContext, id: string, customerNotes: string | null | undefined): Promise<AdminJob> {
  const tenant = await currentTenant(ctx);
  const job = await workedJob(ctx, id);
  const text = cleanText('customerNotes', customerNotes, MAX_TEXT, null);
  const updated = await updateJob(ctx, tenant.id, job, { customerNotes: text });
  await recordStaffActivity(ctx, 'job.notes_updated', { subjectId: job.id, customerId: job.customerId });
  return toAdminJob(updated, tenant.timeZone);
}

export async function addInternalNote(ctx: StaffContext, jobId: string, body: string): Promise<AdminJob> {
  const { tx, principal } = ctx;
  const tenant = await currentTenant(ctx);
  const job = await visibleJob(ctx, jobId);
  const text = cleanText('body', body, MAX_TEXT, 'Write the note first.') ?? '';
  await tx.jobInternalNote.create({
    data: { tenantId: principal.tenantId, jobId: job.id, authorId: principal.staffUserId, body: text, createdAt: ctx.now() },
    select: { id: true },
  });
  await recordStaffActivity(ctx, 'job.internal_note_added', { subjectId: job.id, customerId: job.customerId });
  // The job's notes are a field of their own (internalNotes), read after this write.
  return toAdminJob(job, tenant.timeZone);
}

export async function setPartsUsed(ctx: StaffContext, id: string, parts: PartInput[]): Promise<AdminJob> {
  const tenant = await currentTenant(ctx);
  const job = await workedJob(ctx, id);
  if (parts.length > MAX_PARTS) throw new BadInput('parts', `List at most ${MAX_PARTS} parts.`);
  const clean = parts.map((part) => {
    const name = cleanText('parts', part.name, MAX_TITLE, 'Give each part a name.') ?? '';
    if (!Number.isInteger(part.quantity) || part.quantity < 1 || part.quantity > 10_000)
      throw new BadInput('parts', `The quantity of ${name} must be a whole number from 1 to 10000.`);
    return { name, quantity: part.quantity };
  });
  const updated = await updateJob(ctx, tenant.id, job, { partsUsed: clean });
  await recordStaffActivity(ctx, 'job.parts_updated', { subjectId: job.id, customerId: job.customerId });
  return toAdminJob(updated, tenant.timeZone);
}
