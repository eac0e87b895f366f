// The technician's visit to a scheduled job: "On my way" with a promised arrival time (the
// technician's pick, or the office's, changed as often as needed until arrival), then "Arrived";
// starting and completing the work are setJobStatus's. What may be done when is the lifecycle's
// (job-lifecycle.ts, moves onMyWay and arrive); which jobs a technician reaches is row-level
// security's (their own only); what the customer is told is visit-news.ts.
import type { StaffContext } from '../context/context.js';
import { Conflict } from '../errors/errors.js';
import { recordStaffActivity } from '../activity/activity.js';
import { currentTenant } from '../platform/current-tenant.js';
import { assertMove, staffActor, visitStage } from './job-lifecycle.js';
import { visibleJob } from './jobs.admin.service.js';
import { updateJob } from './jobs.data.js';
import { toAdminJob } from './jobs.view.js';
import { promisedArrival, type EtaInput } from './promised-arrival.js';
import { tellCustomerAboutVisit } from './visit-news.js';
import type { AdminJob } from './jobs.admin.types.js';

/**
 * Says the job's technician is on the way and when they will arrive, or (already on the way)
 * changes the promised time. Needs an assigned technician (CONFLICT, reason NO_TECHNICIAN): the
 * customer is told who is coming. The customer is told the time (visit-news.ts), unless it is the
 * one already promised.
 */
export async function announceOnMyWay(ctx: StaffContext, jobId: string, eta: EtaInput): Promise<AdminJob> {
  const tenant = await currentTenant(ctx);
  const job = await visibleJob(ctx, jobId);
  assertMove(job, 'onMyWay', staffActor(ctx.principal.role), 'job');
  if (!job.technicianId) throw new Conflict('Assign a technician first: the customer is told who is on the way.', 'NO_TECHNICIAN');
  const etaAt = promisedArrival(eta, ctx.now());
  const setOff = visitStage(job) === 'not_started';
  if (!setOff && job.etaAt?.getTime() === etaAt.getTime()) return toAdminJob(job, tenant.timeZone);
  // Not if the technician arrived meanwhile: the promise would come after the arrival.
  const written = await updateJob(ctx, tenant.id, job, setOff ? { onMyWayAt: ctx.now(), etaAt } : { etaAt }, { arrivedAt: null });
  await recordStaffActivity(ctx, setOff ? 'job.on_my_way' : 'job.eta_changed', { subjectId: job.id, customerId: job.customerId });
  await tellCustomerAboutVisit(ctx, tenant, written, setOff ? 'on_the_way' : 'eta_changed');
  return toAdminJob(written, tenant.timeZone);
}

/** Says the technician has arrived (after "On my way"); the job stays scheduled until the work starts. */
export async function markArrived(ctx: StaffContext, jobId: string): Promise<AdminJob> {
  const tenant = await currentTenant(ctx);
  const job = await visibleJob(ctx, jobId);
  assertMove(job, 'arrive', staffActor(ctx.principal.role), 'job');
  const written = await updateJob(ctx, tenant.id, job, { arrivedAt: ctx.now() }, { onMyWayAt: { not: null }, arrivedAt: null });
  await recordStaffActivity(ctx, 'job.arrived', { subjectId: job.id, customerId: job.customerId });
  await tellCustomerAboutVisit(ctx, tenant, written, 'arrived');
  return toAdminJob(written, tenant.timeZone);
}
