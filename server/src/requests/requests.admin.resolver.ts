import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { StaffContext } from '../context/context.js';
import { Allow, managers, office } from '../platform/door.js';
import { customerNameById } from '../customers/customers.loaders.js';
import { assetById } from '../assets/assets.loaders.js';
import { AdminJob, JobPlanInput } from '../jobs/jobs.admin.types.js';
import { adminJobById } from '../jobs/jobs.admin.loaders.js';
import { requestAttachments } from './requests.loaders.js';
import { RequestAttachment } from './requests.types.js';
import { convertRequestToJob, declineRequest, getInboxRequest, markRequestReviewed, serviceRequestsInbox } from './requests.admin.service.js';
import { AdminServiceRequest, AdminServiceRequestConnection, ServiceRequestInboxArgs } from './requests.admin.types.js';
import { isResponseOverdue, wasRespondedLate } from './response-due.js';
import { listResponsePromises, setResponsePromises } from './response-promises.service.js';
import { RequestResponsePromise, RequestResponsePromiseInput } from './response-promises.types.js';

@Resolver(() => AdminServiceRequest)
export class ServiceRequestAdminResolver {
  @Allow(office, { feature: 'requests' })
  @Query(() => AdminServiceRequestConnection, { description: "The business's service requests, newest first." })
  serviceRequestsInbox(@Ctx() ctx: StaffContext, @Args(() => ServiceRequestInboxArgs) args: ServiceRequestInboxArgs): Promise<AdminServiceRequestConnection> {
    return serviceRequestsInbox(ctx, args);
  }

  @Allow(office, { feature: 'requests' })
  @Query(() => AdminServiceRequest)
  inboxRequest(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string): Promise<AdminServiceRequest> {
    return getInboxRequest(ctx, id);
  }

  @Allow(office, { feature: 'requests' })
  @Mutation(() => AdminServiceRequest, { description: 'submitted → reviewed; the customer is told.' })
  markRequestReviewed(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string): Promise<AdminServiceRequest> {
    return markRequestReviewed(ctx, id);
  }

  @Allow(office, { feature: 'requests' })
  @Mutation(() => AdminServiceRequest, { description: 'Creates the job, links it, shares the attachments as job documents; CONFLICT once converted or declined.' })
  convertRequestToJob(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string, @Arg('job', () => JobPlanInput) job: JobPlanInput): Promise<AdminServiceRequest> {
    return convertRequestToJob(ctx, id, job);
  }

  @Allow(office, { feature: 'requests' })
  @Mutation(() => AdminServiceRequest, { description: 'Declines with a reason the customer sees.' })
  declineRequest(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string): Promise<AdminServiceRequest> {
    return declineRequest(ctx, id, reason);
  }

  @FieldResolver(() => Boolean, { description: 'Past respondBy with no response yet (at the time of asking).' })
  overdue(@Ctx() ctx: StaffContext, @Root() request: AdminServiceRequest): boolean {
    return isResponseOverdue(request, ctx.now());
  }

  @FieldResolver(() => Boolean, { description: 'Responded to, but after respondBy.' })
  respondedLate(@Root() request: AdminServiceRequest): boolean {
    return wasRespondedLate(request);
  }

  @FieldResolver(() => String)
  customerName(@Ctx() ctx: StaffContext, @Root() request: AdminServiceRequest): Promise<string> {
    return customerNameById(ctx, request.customerId);
  }

  @FieldResolver(() => String, { nullable: true })
  async assetName(@Ctx() ctx: StaffContext, @Root() request: AdminServiceRequest): Promise<string | null> {
    return request.assetId ? ((await assetById(ctx, request.assetId))?.name ?? null) : null;
  }

  @FieldResolver(() => [RequestAttachment])
  attachments(@Ctx() ctx: StaffContext, @Root() request: AdminServiceRequest): Promise<RequestAttachment[]> {
    return requestAttachments(ctx, request.id);
  }

  @FieldResolver(() => AdminJob, { nullable: true, description: 'The job this request became; null until converted.' })
  job(@Ctx() ctx: StaffContext, @Root() request: AdminServiceRequest): Promise<AdminJob | null> | null {
    return request.jobId ? adminJobById(ctx, request.jobId) : null;
  }
}

@Resolver(() => RequestResponsePromise)
export class ResponsePromiseAdminResolver {
  @Allow(office)
  @Query(() => [RequestResponsePromise], { description: 'The response the business promises per request priority, lowest priority first (settings).' })
  requestResponsePromises(@Ctx() ctx: StaffContext): Promise<RequestResponsePromise[]> {
    return listResponsePromises(ctx);
  }

  @Allow(managers)
  @Mutation(() => [RequestResponsePromise], {
    description: 'Replaces the promises: a priority left out promises nothing. New requests take their respondBy from them; requests already in keep theirs.',
  })
  setRequestResponsePromises(
    @Ctx() ctx: StaffContext,
    @Arg('promises', () => [RequestResponsePromiseInput]) promises: RequestResponsePromiseInput[],
  ): Promise<RequestResponsePromise[]> {
    return setResponsePromises(ctx, promises);
  }
}
