import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { CustomerContext, SignedInContext } from '../context/context.js';
import { Allow, contactMay } from '../platform/door.js';
import { Job } from '../jobs/jobs.types.js';
import { Asset } from '../assets/assets.types.js';
import { visibleAsset } from '../assets/assets.service.js';
import { signedLink } from '../platform/signed-links.js';
import { getServiceRequest, listServiceRequests, submitServiceRequest } from './requests.service.js';
import { createAttachmentUpload } from './uploads.service.js';
import { listResponsePromises } from './response-promises.service.js';
import { RequestResponsePromise } from './response-promises.types.js';
import { jobById, requestAttachments } from './requests.loaders.js';
import { AttachmentUpload, RequestAttachment, ServiceRequest, ServiceRequestConnection, ServiceRequestListArgs, SubmitServiceRequestInput } from './requests.types.js';

@Resolver(() => ServiceRequest)
export class ServiceRequestPortalResolver {
  @Allow(contactMay('requests'), { feature: 'requests' })
  @Query(() => ServiceRequestConnection, { description: "The signed-in customer's service requests, newest first." })
  serviceRequests(@Ctx() ctx: CustomerContext, @Args(() => ServiceRequestListArgs) args: ServiceRequestListArgs): Promise<ServiceRequestConnection> {
    return listServiceRequests(ctx, args);
  }

  @Allow(contactMay('requests'), { feature: 'requests' })
  @Query(() => ServiceRequest, { description: "One of the signed-in customer's requests; NOT_FOUND for any other id." })
  serviceRequest(@Ctx() ctx: CustomerContext, @Arg('id', () => ID) id: string): Promise<ServiceRequest> {
    return getServiceRequest(ctx, id);
  }

  @Allow(contactMay('requests'), { feature: 'requests' })
  @Query(() => [RequestResponsePromise], {
    description: 'The response the business promises for each request priority, lowest priority first; a priority without a promise is left out.',
  })
  requestResponsePromises(@Ctx() ctx: CustomerContext): Promise<RequestResponsePromise[]> {
    return listResponsePromises(ctx);
  }

  @Allow(contactMay('requests'), { feature: 'requests' })
  @Mutation(() => AttachmentUpload, { description: 'Reserves an upload for one attachment; PUT the raw bytes to uploadUrl.' })
  createAttachmentUpload(@Ctx() ctx: CustomerContext, @Arg('fileName') fileName: string): Promise<AttachmentUpload> {
    return createAttachmentUpload(ctx, fileName);
  }

  @Allow(contactMay('requests'), { feature: 'requests' })
  @Mutation(() => ServiceRequest)
  submitServiceRequest(@Ctx() ctx: CustomerContext, @Arg('input', () => SubmitServiceRequestInput) input: SubmitServiceRequestInput): Promise<ServiceRequest> {
    return submitServiceRequest(ctx, input);
  }

  @FieldResolver(() => Job, { nullable: true, description: 'The job this request became; null until converted.' })
  job(@Ctx() ctx: CustomerContext, @Root() request: ServiceRequest): Promise<Job | null> | null {
    return request.jobId ? jobById(ctx, request.jobId) : null;
  }

  @FieldResolver(() => Asset, { nullable: true, description: 'The equipment or animal the request is about.' })
  asset(@Ctx() ctx: CustomerContext, @Root() request: ServiceRequest): Promise<Asset | null> {
    return visibleAsset(ctx, request.assetId);
  }

  @FieldResolver(() => [RequestAttachment])
  attachments(@Ctx() ctx: CustomerContext, @Root() request: ServiceRequest): Promise<RequestAttachment[]> {
    return requestAttachments(ctx, request.id);
  }
}

@Resolver(() => RequestAttachment)
export class RequestAttachmentResolver {
  @FieldResolver(() => String, { description: 'A short-lived link (5 minutes) to the file, for this session only.' })
  url(@Ctx() ctx: SignedInContext, @Root() attachment: RequestAttachment): Promise<string> {
    return signedLink(ctx, 'attachment', attachment.id);
  }
}
