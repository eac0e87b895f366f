// Online booking for customers (services, slots, book, reschedule, cancel) and the placement
// logic staff share: which technician takes a job, the allowed moves. Until when customers may
// change a booking is change-window.ts.
import { customerScope, type RequestContext } from '../context/context.js';
import type { Tx } from '../db/client.js';
import type { Job as JobRow, Tenant } from '../generated/prisma/client.js';
import type { ActorType, JobStatus } from '../generated/prisma/enums.js';
import { BadInput, Conflict, Forbidden, NotFound } from '../errors/errors.js';
import { isId } from '../common/ids.js';
import { recordCustomerActivity } from '../activity/activity.js';
import { requireFeature } from '../platform/features.js';
import { guardOverlap, loadBookingData, lockBookings, rulesOf, takenConflict } from './booking.data.js';
import { formatWhen, sendBookingEmail } from './booking.emails.js';
import { alertStaff } from '../alerts/alerts.service.js';
import { changeDeadline, isGraceDeadline, isWithinChangeWindow } from './change-window.js';
import { computeSlots, daysBetween, freeTechnicians, localParts, slotProblem, type SlotDay, type SlotProblem } from './slots.js';
import type { BookAppointmentInput, BookableService, BookingOptions } from './booking.types.js';

const MINUTE = 60_000;
export const MAX_SLOT_RANGE_DAYS = 62;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

// ---- Allowed moves: the one place that says which status each action starts from ----

export type BookingAction = 'confirm' | 'decline' | 'reschedule' | 'cancel';

const MOVES: Record<BookingAction, { from: readonly JobStatus[]; verb: string }> = {
  confirm: { from: ['requested'], verb: 'confirmed' },
  decline: { from: ['requested'], verb: 'declined' },
  reschedule: { from: ['requested', 'scheduled'], verb: 'moved' },
  cancel: { from: ['requested', 'scheduled'], verb: 'cancelled' },
};

export function assertMove(job: Pick<JobRow, 'status'>, action: BookingAction): void {
  if (!MOVES[action].from.includes(job.status)) {
    throw new Conflict(`This appointment is ${job.status.replace('_', ' ')} and can no longer be ${MOVES[action].verb}.`);
  }
}

function assertChangeWindow(ctx: RequestContext, tenant: Tenant, job: JobRow): void {
  if (isWithinChangeWindow(tenant, job, ctx.now())) return;
  const deadline = changeDeadline(tenant, job);
  const why = isGraceDeadline(tenant, job) ? `${tenant.changeGraceMinutes} minutes after it was booked` : `${tenant.changeWindowHours} hours before it starts`;
  throw new Forbidden(`Online changes to this appointment closed on ${formatWhen(deadline, tenant.timeZone, 'en')} (${why}). Please contact ${tenant.name} to change it.`);
}

// ---- Reading ----

export async function bookableServices(ctx: RequestContext): Promise<BookableService[]> {
  await requireFeature(ctx, 'booking');
  const { tx } = customerScope(ctx);
  return tx.serviceType.findMany({
    where: { active: true, bookableOnline: true, technicians: { some: {} } },
    select: { id: true, name: true, description: true, durationMinutes: true, priceMinor: true },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
}

export async function bookingOptions(ctx: RequestContext): Promise<BookingOptions> {
  const tenant = await requireFeature(ctx, 'booking');
  return { mode: tenant.bookingMode, changeWindowHours: tenant.changeWindowHours, changeGraceMinutes: tenant.changeGraceMinutes, minLeadMinutes: tenant.minLeadMinutes, maxAdvanceDays: tenant.maxAdvanceDays, timeZone: tenant.timeZone };
}

export async function availableSlots(ctx: RequestContext, serviceTypeId: string, from: string, to: string): Promise<SlotDay[]> {
  const tenant = await requireFeature(ctx, 'booking');
  const { tx } = customerScope(ctx);
  for (const [field, value] of [['from', from], ['to', to]] as const) {
    if (!DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) throw new BadInput(field, 'Give a date as YYYY-MM-DD.');
  }
  const span = daysBetween(from, to);
  if (span < 0) throw new BadInput('to', 'The end date must not be before the start date.');
  if (span >= MAX_SLOT_RANGE_DAYS) throw new BadInput('to', `Ask for at most ${MAX_SLOT_RANGE_DAYS} days at a time.`);
  if (!isId(serviceTypeId)) throw new NotFound('This service');
  const data = await loadBookingData(tx, serviceTypeId, from, to, true);
  if (!data.service) throw new NotFound('This service');
  return computeSlots({
    rules: rulesOf(tenant, data.closedDates),
    durationMinutes: data.service.durationMinutes,
    technicianIds: data.technicianIds,
    busy: data.busy,
    from,
    to,
    now: ctx.now(),
  });
}

// ---- Placement, shared with staff ----

export interface Placement {
  serviceTypeId: string;
  start: Date;
  /** Customers must pick an offered slot; staff may place a job at any future time. */
  by: 'customer' | 'staff';
  /** The job being moved: its own busy range is not in the way, and its technician is kept when free. */
  moving?: Pick<JobRow, 'technicianId' | 'scheduledStart' | 'scheduledEnd'> | null;
  /** A technician staff chose (already checked to be the tenant's). */
  technicianId?: string | null;
  /** Staff may give a job another length than its service type's. */
  end?: Date | null;
}

/**
 * Under the tenant's booking lock: checks the start against the rules and finds a technician
 * free for it with buffers (the named one, the job's own, or the least loaded qualified one).
 */
export async function place(ctx: RequestContext, tx: Tx, tenant: Tenant, p: Placement): Promise<{ end: Date; technicianId: string; serviceName: string }> {
  await lockBookings(tx, tenant.id);
  const { date } = localParts(p.start, tenant.timeZone);
  const data = await loadBookingData(tx, p.serviceTypeId, date, date, p.by === 'customer' && !p.moving);
  if (!data.service) throw new NotFound('This service');
  const rules = rulesOf(tenant, data.closedDates);
  const duration = data.service.durationMinutes;
  if (p.by === 'customer') {
    const problem = slotProblem(rules, p.start, duration, ctx.now());
    if (problem) throw new BadInput('start', slotMessage(problem, tenant));
  } else if (p.start.getTime() <= ctx.now().getTime()) {
    throw new BadInput('start', 'This time has already passed. Please pick a time in the future.');
  }
  const end = p.end ?? new Date(p.start.getTime() + duration * MINUTE);
  const own = p.moving;
  const busy = own
    ? data.busy.filter((b) => !(b.technicianId === own.technicianId && b.start.getTime() === own.scheduledStart.getTime() && b.end.getTime() === own.scheduledEnd.getTime()))
    : data.busy;
  const candidates = p.technicianId ? [p.technicianId] : data.technicianIds;
  const free = freeTechnicians(rules, candidates, busy, p.start, end);
  const keep = own?.technicianId && free.includes(own.technicianId) ? own.technicianId : null;
  const technicianId = keep ?? free[0];
  if (!technicianId) throw p.technicianId ? new Conflict('This technician is not free at that time. Please pick another time or technician.') : takenConflict();
  return { end, technicianId, serviceName: data.service.name };
}

function slotMessage(problem: SlotProblem, tenant: Tenant): string {
  switch (problem) {
    case 'past':
      return 'This time has already passed. Please pick a time in the future.';
    case 'lead_time':
      return `Appointments must be booked at least ${tenant.minLeadMinutes} minutes ahead. Please pick a later time.`;
    case 'horizon':
      return `Appointments can be booked at most ${tenant.maxAdvanceDays} days ahead. Please pick an earlier day.`;
    case 'closed':
      return `${tenant.name} is closed that day. Please pick another day.`;
    case 'outside_hours':
      return 'This is not one of the offered start times. Please pick a time from the list.';
  }
}

// ---- Customer actions ----

function cleanText(field: string, value: string | null | undefined, max: number, required: boolean): string | null {
  const text = value?.trim() ?? '';
  if (required && !text) throw new BadInput(field, 'Please describe what you need.');
  if (text.length > max) throw new BadInput(field, `Please keep this under ${max} characters.`);
  return text || null;
}

export async function bookAppointment(ctx: RequestContext, input: BookAppointmentInput): Promise<string> {
  const tenant = await requireFeature(ctx, 'booking');
  const { tx, principal } = customerScope(ctx);
  const description = cleanText('description', input.description, 2000, true);
  const accessInstructions = cleanText('accessInstructions', input.accessInstructions, 1000, false);
  if (!isId(input.serviceTypeId)) throw new NotFound('This service');
  const site = isId(input.siteId) ? await tx.site.findFirst({ where: { id: input.siteId, customerId: principal.customerId }, select: { id: true } }) : null;
  if (!site) throw new NotFound('This site');
  if (input.assetId != null) {
    const asset = isId(input.assetId) ? await tx.asset.findFirst({ where: { id: input.assetId, customerId: principal.customerId }, select: { id: true } }) : null;
    if (!asset) throw new NotFound('This asset');
  }
  const placed = await place(ctx, tx, tenant, { serviceTypeId: input.serviceTypeId, start: input.start, by: 'customer' });
  const instant = tenant.bookingMode === 'instant';
  const job = await guardOverlap(() =>
    tx.job.create({
      data: {
        tenantId: tenant.id,
        customerId: principal.customerId,
        siteId: site.id,
        serviceTypeId: input.serviceTypeId,
        assetId: input.assetId ?? null,
        technicianId: instant ? placed.technicianId : null,
        status: instant ? 'scheduled' : 'requested',
        title: placed.serviceName,
        description,
        scheduledStart: input.start,
        scheduledEnd: placed.end,
        requestedStart: input.start,
        requestedEnd: placed.end,
        bookedOnline: true,
        // The grace period for changes runs from here, on the request's clock (change-window.ts).
        createdAt: ctx.now(),
      },
    }),
  );
  // Any of the customer's own addresses, also one the office entered (the database's one door for it).
  if (accessInstructions) await tx.$executeRaw`SELECT customer_set_site_access(${site.id}::uuid, ${accessInstructions}::text)`;
  await recordCustomerActivity(ctx, instant ? 'booking.booked' : 'booking.requested', job.id);
  await sendBookingEmail(ctx, tx, tenant, instant ? 'booked' : 'requested', job);
  await alertStaff({ ...ctx, tx }, tenant, { kind: instant ? 'newBooking' : 'appointmentRequest', id: job.id, customerId: job.customerId, what: job.title, when: job.scheduledStart });
  return job.id;
}

async function customerJob(tx: Tx, customerId: string, id: string): Promise<JobRow> {
  const job = isId(id) ? await tx.job.findFirst({ where: { id, customerId } }) : null;
  if (!job) throw new NotFound('This appointment');
  return job;
}

export async function rescheduleAppointment(ctx: RequestContext, id: string, start: Date): Promise<string> {
  const tenant = await requireFeature(ctx, 'booking');
  const { tx, principal } = customerScope(ctx);
  const job = await customerJob(tx, principal.customerId, id);
  assertMove(job, 'reschedule');
  assertChangeWindow(ctx, tenant, job);
  await moveJob(ctx, tx, tenant, job, { start, by: 'customer' });
  await recordCustomerActivity(ctx, 'booking.rescheduled', job.id);
  return job.id;
}

export async function cancelAppointment(ctx: RequestContext, id: string, reason: string | null | undefined): Promise<string> {
  const tenant = await requireFeature(ctx, 'booking');
  const { tx, principal } = customerScope(ctx);
  const job = await customerJob(tx, principal.customerId, id);
  assertMove(job, 'cancel');
  assertChangeWindow(ctx, tenant, job);
  await cancelJobRow(ctx, tx, tenant, job, 'customer', cleanText('reason', reason, 500, false));
  await recordCustomerActivity(ctx, 'booking.cancelled', job.id);
  return job.id;
}

// ---- Changes shared by customers and staff ----

/** Moves a job to `start`: a request keeps waiting for staff, a scheduled job gets a free technician. */
export async function moveJob(ctx: RequestContext, tx: Tx, tenant: Tenant, job: JobRow, to: { start: Date; by: 'customer' | 'staff'; technicianId?: string | null }): Promise<void> {
  const placed = await place(ctx, tx, tenant, { serviceTypeId: job.serviceTypeId, start: to.start, by: to.by, moving: job, technicianId: to.technicianId });
  const requested = job.status === 'requested';
  const times = { scheduledStart: to.start, scheduledEnd: placed.end };
  await guardOverlap(() =>
    tx.job.updateMany({
      where: { id: job.id },
      data: requested && to.by === 'customer' ? { ...times, requestedStart: to.start, requestedEnd: placed.end } : { ...times, technicianId: requested ? job.technicianId : placed.technicianId },
    }),
  );
  await sendBookingEmail(ctx, tx, tenant, 'rescheduled', { ...job, scheduledStart: to.start });
}

export async function cancelJobRow(ctx: RequestContext, tx: Tx, tenant: Tenant, job: JobRow, by: ActorType, reason: string | null): Promise<void> {
  await tx.job.updateMany({ where: { id: job.id }, data: { status: 'cancelled', cancelledAt: ctx.now(), cancelledBy: by } });
  await sendBookingEmail(ctx, tx, tenant, 'cancelled', job, reason);
}
