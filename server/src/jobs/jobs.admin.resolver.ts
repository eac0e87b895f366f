import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { StaffContext } from '../context/context.js';
import { Allow, anyStaff, office } from '../platform/door.js';
import { NotFound } from '../errors/errors.js';
import { postalAddressLine } from '../common/postal-address.js';
import { currentTenant } from '../platform/current-tenant.js';
import { JobStatus } from '../generated/prisma/enums.js';
import { customerNameById, customerPhoneById } from '../customers/customers.loaders.js';
import { assetById } from '../assets/assets.loaders.js';
import { AdminDocument } from '../documents/documents.admin.types.js';
import { serviceTypeById, siteById, staffNameById } from './jobs.loaders.js';
import { allJobDocuments, internalNotesOf, serviceRequestIdOf } from './jobs.admin.loaders.js';
import { JobServiceType } from './jobs.types.js';
import {
  addInternalNote,
  assignJob,
  createJob,
  getAdminJob,
  listAdminJobs,
  jobNextStatuses,
  moveJob,
  myDay,
  setJobStatus,
  setPartsUsed,
  updateJobNotes,
} from './jobs.admin.service.js';
import { AdminJob, AdminJobConnection, AdminJobListArgs, CreateJobInput, DispatchBoard, InternalNote, MyDay, PartInput, VisitMoveValue } from './jobs.admin.types.js';
import { announceOnMyWay, markArrived } from './on-my-way.service.js';
import { staffActor, visitMoves, type VisitMove } from './job-lifecycle.js';
import { mapSearchUrl } from './map-link.js';
import { readRootField } from '../platform/operation-read.js';
import { dispatchBoardPart } from './dispatch-page.js';
import { adminJobsPart } from './jobs.admin.page.js';

@Resolver(() => AdminJob)
export class JobAdminResolver {
  @Allow(anyStaff)
  @Query(() => DispatchBoard, {
    description: 'Jobs from `from` to `to` (YYYY-MM-DD, at most 31 days, business time zone) by day and technician. Technicians see their own lane only.',
  })
  dispatchBoard(
    @Ctx() ctx: StaffContext,
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Arg('technicianIds', () => [ID], { nullable: true }) technicianIds: string[] | null | undefined,
    @Info() info: GraphQLResolveInfo,
  ): Promise<DispatchBoard> {
    return readRootField(ctx, info, dispatchBoardPart, { from, to, technicianIds });
  }

  @Allow(anyStaff)
  @Query(() => MyDay, { description: "The caller's own jobs starting today (business time zone), by start time." })
  myDay(@Ctx() ctx: StaffContext): Promise<MyDay> {
    return myDay(ctx);
  }

  @Allow(anyStaff)
  @Query(() => AdminJobConnection, { description: "The business's jobs, latest start first (technicians: theirs)." })
  adminJobs(@Ctx() ctx: StaffContext, @Args(() => AdminJobListArgs) args: AdminJobListArgs, @Info() info: GraphQLResolveInfo): Promise<AdminJobConnection> {
    return readRootField(ctx, info, adminJobsPart, args, () => listAdminJobs(ctx, args));
  }

  @Allow(anyStaff)
  @Query(() => AdminJob, { description: "One job; NOT_FOUND for another tenant's (or, for a technician, another technician's)." })
  adminJob(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string): Promise<AdminJob> {
    return getAdminJob(ctx, id);
  }

  @Allow(office)
  @Mutation(() => AdminJob, { description: 'Creates a scheduled job; the customer is emailed.' })
  createJob(@Ctx() ctx: StaffContext, @Arg('input', () => CreateJobInput) input: CreateJobInput): Promise<AdminJob> {
    return createJob(ctx, input);
  }

  @Allow(office)
  @Mutation(() => AdminJob, { description: 'Assigns a scheduled job to a qualified free technician, or (auto) to the least loaded one.' })
  assignJob(
    @Ctx() ctx: StaffContext,
    @Arg('id', () => ID) id: string,
    @Arg('technicianId', () => ID, { nullable: true }) technicianId?: string | null,
    @Arg('auto', () => Boolean, { defaultValue: false }) auto = false,
  ): Promise<AdminJob> {
    return assignJob(ctx, id, technicianId, auto);
  }

  @Allow(office)
  @Mutation(() => AdminJob, {
    description:
      'Moves a job or appointment request at any time (the cancellation window binds customers only); keeps its technician when free, else finds one. The customer is emailed.',
  })
  moveJob(
    @Ctx() ctx: StaffContext,
    @Arg('id', () => ID) id: string,
    @Arg('start', () => Date) start: Date,
    @Arg('technicianId', () => ID, { nullable: true }) technicianId?: string | null,
  ): Promise<AdminJob> {
    return moveJob(ctx, id, start, technicianId);
  }

  @Allow(anyStaff)
  @Mutation(() => AdminJob, {
    description:
      'scheduled → in_progress → completed; requested or scheduled → cancelled (not technicians: FORBIDDEN, reason NOT_ALLOWED_FOR_ROLE). Anything else is CONFLICT (reason ALREADY_IN_STATUS or NOT_ALLOWED_IN_STATUS); the allowed ones are AdminJob.nextStatuses. Cancelling emails the customer, with the reason when given.',
  })
  setJobStatus(
    @Ctx() ctx: StaffContext,
    @Arg('id', () => ID) id: string,
    @Arg('status', () => JobStatus) status: JobStatus,
    @Arg('reason', () => String, { nullable: true, description: 'Why the job is cancelled (up to 500 characters), told to the customer. Only used when cancelling.' })
    reason?: string | null,
  ): Promise<AdminJob> {
    return setJobStatus(ctx, id, status, reason);
  }

  @Allow(anyStaff)
  @Mutation(() => AdminJob, {
    description:
      "The job's technician is on the way (by that technician or the office; another technician's job is NOT_FOUND), arriving in `etaMinutes` or at `etaAt` (one of them; after now, within 12 hours: BAD_USER_INPUT, reason ETA_IN_PAST, ETA_TOO_FAR, ETA_MINUTES_AND_TIME or REQUIRED). Again while on the way: a new arrival time. Only on a scheduled job with a technician, before arrival (CONFLICT, reason NOT_ALLOWED_IN_STATUS, NO_TECHNICIAN or ALREADY_ARRIVED); the allowed ones are AdminJob.visitMoves. The customer is emailed the technician's name and the time.",
  })
  announceOnMyWay(
    @Ctx() ctx: StaffContext,
    @Arg('jobId', () => ID) jobId: string,
    @Arg('etaMinutes', () => Int, { nullable: true, description: 'Minutes from now, 1 to 720.' }) etaMinutes?: number | null,
    @Arg('etaAt', () => Date, { nullable: true, description: 'The arrival time.' }) etaAt?: Date | null,
  ): Promise<AdminJob> {
    return announceOnMyWay(ctx, jobId, { etaMinutes, etaAt });
  }

  @Allow(anyStaff)
  @Mutation(() => AdminJob, {
    description:
      'The job\'s technician has arrived (by that technician or the office), after announceOnMyWay (else CONFLICT, reason NOT_ON_THE_WAY; twice: ALREADY_ARRIVED). The job stays scheduled until setJobStatus starts it; the customer sees "Arrived".',
  })
  markArrived(@Ctx() ctx: StaffContext, @Arg('jobId', () => ID) jobId: string): Promise<AdminJob> {
    return markArrived(ctx, jobId);
  }

  @Allow(anyStaff)
  @Mutation(() => AdminJob, { description: 'Notes the customer sees; null clears them.' })
  updateJobNotes(
    @Ctx() ctx: StaffContext,
    @Arg('id', () => ID) id: string,
    @Arg('customerNotes', () => String, { nullable: true }) customerNotes?: string | null,
  ): Promise<AdminJob> {
    return updateJobNotes(ctx, id, customerNotes);
  }

  @Allow(anyStaff)
  @Mutation(() => AdminJob, { description: 'Adds a note only staff see; a technician on their own jobs only.' })
  addInternalNote(@Ctx() ctx: StaffContext, @Arg('jobId', () => ID) jobId: string, @Arg('body', () => String) body: string): Promise<AdminJob> {
    return addInternalNote(ctx, jobId, body);
  }

  @Allow(anyStaff)
  @Mutation(() => AdminJob, { description: 'Replaces the list of parts used (the customer sees it).' })
  setPartsUsed(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string, @Arg('parts', () => [PartInput]) parts: PartInput[]): Promise<AdminJob> {
    return setPartsUsed(ctx, id, parts);
  }

  @FieldResolver(() => String)
  customerName(@Ctx() ctx: StaffContext, @Root() job: AdminJob): Promise<string> {
    return customerNameById(ctx, job.customerId);
  }

  @FieldResolver(() => String, { nullable: true, description: "The customer's phone number, as they gave it." })
  customerPhone(@Ctx() ctx: StaffContext, @Root() job: AdminJob): Promise<string | null> {
    return customerPhoneById(ctx, job.customerId);
  }

  @FieldResolver(() => [JobStatus], { description: 'The statuses setJobStatus accepts from this one for the caller (technicians do not cancel).' })
  nextStatuses(@Ctx() ctx: StaffContext, @Root() job: AdminJob): JobStatus[] {
    return jobNextStatuses(ctx, job);
  }

  @FieldResolver(() => [VisitMoveValue], { description: 'The visit moves the caller may make now, in order (on my way, or a new arrival time while on the way; arrived).' })
  visitMoves(@Ctx() ctx: StaffContext, @Root() job: AdminJob): VisitMove[] {
    return visitMoves(job, staffActor(ctx.principal.role));
  }

  @FieldResolver(() => String, { nullable: true, description: "A map search for the site's full address (opens the maps app on a phone)." })
  async mapUrl(@Ctx() ctx: StaffContext, @Root() job: AdminJob): Promise<string | null> {
    const site = await siteById(ctx, job.siteId);
    return site ? mapSearchUrl(site) : null;
  }

  @FieldResolver(() => String, { description: 'The site label, e.g. "Home".' })
  async siteLabel(@Ctx() ctx: StaffContext, @Root() job: AdminJob): Promise<string> {
    return (await siteById(ctx, job.siteId))?.label ?? '';
  }

  @FieldResolver(() => String, { description: "The address on one line, as its country writes it (the country named when it is not the business's)." })
  async siteAddress(@Ctx() ctx: StaffContext, @Root() job: AdminJob): Promise<string> {
    const site = await siteById(ctx, job.siteId);
    if (!site) return '';
    const tenant = await currentTenant(ctx);
    return postalAddressLine(site, { locale: tenant.locale, homeCountry: tenant.country ?? site.country });
  }

  @FieldResolver(() => String, { nullable: true, description: 'How the technician gets in.' })
  async accessInstructions(@Ctx() ctx: StaffContext, @Root() job: AdminJob): Promise<string | null> {
    return (await siteById(ctx, job.siteId))?.accessInstructions ?? null;
  }

  @FieldResolver(() => String, { nullable: true })
  async assetName(@Ctx() ctx: StaffContext, @Root() job: AdminJob): Promise<string | null> {
    return job.assetId ? ((await assetById(ctx, job.assetId))?.name ?? null) : null;
  }

  @FieldResolver(() => JobServiceType)
  async serviceType(@Ctx() ctx: StaffContext, @Root() job: AdminJob): Promise<JobServiceType> {
    const serviceType = await serviceTypeById(ctx, job.serviceTypeId);
    if (!serviceType) throw new NotFound('This service');
    return serviceType;
  }

  @FieldResolver(() => String, { nullable: true })
  technicianName(@Ctx() ctx: StaffContext, @Root() job: AdminJob): Promise<string | null> | null {
    return job.technicianId ? staffNameById(ctx, job.technicianId) : null;
  }

  @FieldResolver(() => [InternalNote], { description: 'Oldest first; never shown to the customer.' })
  async internalNotes(@Ctx() ctx: StaffContext, @Root() job: AdminJob): Promise<InternalNote[]> {
    return (await internalNotesOf(ctx, job.id)).map((n) => ({ id: n.id, body: n.body, createdAt: n.createdAt, authorId: n.authorId, authorName: null }));
  }

  @FieldResolver(() => [AdminDocument], { description: 'Every document of the job, shared or not, oldest first.' })
  documents(@Ctx() ctx: StaffContext, @Root() job: AdminJob): Promise<AdminDocument[]> {
    return allJobDocuments(ctx, job.id);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The service request this job was converted from.' })
  serviceRequestId(@Ctx() ctx: StaffContext, @Root() job: AdminJob): Promise<string | null> {
    return serviceRequestIdOf(ctx, job.id);
  }
}

@Resolver(() => InternalNote)
export class InternalNoteAdminResolver {
  @FieldResolver(() => String, { nullable: true })
  authorName(@Ctx() ctx: StaffContext, @Root() note: InternalNote): Promise<string | null> | null {
    return note.authorId ? staffNameById(ctx, note.authorId) : null;
  }
}
