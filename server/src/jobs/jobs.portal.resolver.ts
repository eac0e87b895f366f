import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { customerScope, type RequestContext } from '../context/context.js';
import { NotFound } from '../errors/errors.js';
import { getCustomerJob, listCustomerJobs } from './jobs.service.js';
import { siteById, staffNameById } from './jobs.loaders.js';
import { Job, JobConnection, JobListArgs, Site } from './jobs.types.js';

@Resolver(() => Job)
export class JobPortalResolver {
  @Query(() => JobConnection, { description: "The signed-in customer's appointments and jobs, latest first." })
  jobs(@Ctx() ctx: RequestContext, @Args(() => JobListArgs) args: JobListArgs): Promise<JobConnection> {
    const { tx, principal } = customerScope(ctx);
    return listCustomerJobs(ctx, tx, principal.customerId, args);
  }

  @Query(() => Job)
  job(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Job> {
    const { tx, principal } = customerScope(ctx);
    return getCustomerJob(ctx, tx, principal.customerId, id);
  }

  @FieldResolver(() => Site)
  async site(@Ctx() ctx: RequestContext, @Root() job: Job): Promise<Site> {
    const site = await siteById(ctx, job.siteId);
    if (!site) throw new NotFound('This site');
    return site;
  }

  @FieldResolver(() => String, { nullable: true })
  technicianName(@Ctx() ctx: RequestContext, @Root() job: Job): Promise<string | null> | null {
    return job.technicianId ? staffNameById(ctx, job.technicianId) : null;
  }
}
