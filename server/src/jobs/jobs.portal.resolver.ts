import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { CustomerContext } from '../context/context.js';
import { Allow, contactMay } from '../platform/door.js';
import { NotFound } from '../errors/errors.js';
import { Document } from '../documents/documents.types.js';
import { Asset } from '../assets/assets.types.js';
import { visibleAsset } from '../assets/assets.service.js';
import { getCustomerJob, jobDocuments, listCustomerJobs, listServiceHistory } from './jobs.service.js';
import { serviceTypeById, siteById, staffNameById } from './jobs.loaders.js';
import { jobPreload } from './jobs.preload.js';
import { Job, JobConnection, JobListArgs, JobServiceType, ServiceHistoryArgs, Site } from './jobs.types.js';

@Resolver(() => Job)
export class JobPortalResolver {
  @Allow(contactMay('appointments'))
  @Query(() => JobConnection, { description: "The signed-in customer's appointments and jobs: upcoming soonest first, past (or all) latest first." })
  jobs(@Ctx() ctx: CustomerContext, @Args(() => JobListArgs) args: JobListArgs, @Info() info: GraphQLResolveInfo): Promise<JobConnection> {
    return listCustomerJobs(ctx, args, jobPreload(info, 'nodes'));
  }

  @Allow(contactMay('appointments'))
  @Query(() => Job, { description: "One of the signed-in customer's jobs; NOT_FOUND for any other id." })
  job(@Ctx() ctx: CustomerContext, @Arg('id', () => ID) id: string, @Info() info: GraphQLResolveInfo): Promise<Job> {
    return getCustomerJob(ctx, id, jobPreload(info));
  }

  @Allow(contactMay('appointments'))
  @Query(() => JobConnection, { description: 'Completed jobs, latest first, of one site, one asset, or all of them.' })
  serviceHistory(@Ctx() ctx: CustomerContext, @Args(() => ServiceHistoryArgs) args: ServiceHistoryArgs, @Info() info: GraphQLResolveInfo): Promise<JobConnection> {
    return listServiceHistory(ctx, args, jobPreload(info, 'nodes'));
  }

  @FieldResolver(() => Site)
  async site(@Ctx() ctx: CustomerContext, @Root() job: Job): Promise<Site> {
    const site = await siteById(ctx, job.siteId);
    if (!site) throw new NotFound('This site');
    return site;
  }

  @FieldResolver(() => JobServiceType)
  async serviceType(@Ctx() ctx: CustomerContext, @Root() job: Job): Promise<JobServiceType> {
    const serviceType = await serviceTypeById(ctx, job.serviceTypeId);
    if (!serviceType) throw new NotFound('This service');
    return serviceType;
  }

  @FieldResolver(() => Asset, { nullable: true, description: 'The equipment or animal the job is for, if any.' })
  asset(@Ctx() ctx: CustomerContext, @Root() job: Job): Promise<Asset | null> {
    return visibleAsset(ctx, job.assetId);
  }

  @FieldResolver(() => String, { nullable: true, description: "The assigned technician's display name." })
  technicianName(@Ctx() ctx: CustomerContext, @Root() job: Job): Promise<string | null> | null {
    return job.technicianId ? staffNameById(ctx, job.technicianId) : null;
  }

  @FieldResolver(() => [Document], { description: 'Reports and photos the business shared for this job; empty when the business has switched documents off.' })
  documents(@Ctx() ctx: CustomerContext, @Root() job: Job): Promise<Document[]> {
    return jobDocuments(ctx, job.id);
  }
}
