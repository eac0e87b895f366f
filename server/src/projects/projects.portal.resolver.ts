import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { CustomerContext, SignedInContext } from '../context/context.js';
import { Allow, customer } from '../platform/door.js';
import { PageArgs, type Connection } from '../common/pagination.js';
import { signedLink } from '../platform/signed-links.js';
import { siteById } from '../sites/sites.loaders.js';
import { Site } from '../sites/sites.types.js';
import { Job } from '../jobs/jobs.types.js';
import { Invoice } from '../invoices/invoices.types.js';
import { Document } from '../documents/documents.types.js';
import { currentPhase, myProject, myProjects, projectDocuments, projectInvoices, projectMilestones, projectPhotos, projectThreadId, projectVisits } from './projects.service.js';
import { coverPhoto } from './projects.loaders.js';
import { MilestoneListArgs, Project, ProjectConnection, ProjectDelay, ProjectMilestone, ProjectPhase, ProjectPhoto } from './projects.types.js';

@Resolver(() => Project)
export class ProjectPortalResolver {
  @Allow(customer, { feature: 'projects' })
  @Query(() => ProjectConnection, { description: 'Your construction projects, the newest first.' })
  projects(@Ctx() ctx: CustomerContext, @Args(() => PageArgs) args: PageArgs): Promise<Connection<Project>> {
    return myProjects(ctx, args);
  }

  @Allow(customer, { feature: 'projects' })
  @Query(() => Project, { description: 'One of your projects; NOT_FOUND for any other id.' })
  project(@Ctx() ctx: CustomerContext, @Arg('id', () => ID) id: string): Promise<Project> {
    return myProject(ctx, id);
  }

  @FieldResolver(() => Site, { nullable: true, description: 'Where the work is done.' })
  async site(@Ctx() ctx: CustomerContext, @Root() project: Project): Promise<Site | null> {
    return project.siteId ? await siteById(ctx, project.siteId) : null;
  }

  @FieldResolver(() => [ProjectPhase], { description: 'In order.' })
  phases(@Root() project: Project): ProjectPhase[] {
    return project.phaseRows;
  }

  @FieldResolver(() => ProjectPhase, { nullable: true, description: 'The phase in progress, else the next to start, else the last (all done); null without phases.' })
  currentPhase(@Root() project: Project): ProjectPhase | null {
    return currentPhase(project.phaseRows);
  }

  @FieldResolver(() => [ProjectMilestone], { description: 'By due date; upcoming: true for the ones still ahead only.' })
  milestones(@Ctx() ctx: CustomerContext, @Root() project: Project, @Args(() => MilestoneListArgs) args: MilestoneListArgs): Promise<ProjectMilestone[]> {
    return projectMilestones(ctx, project, args);
  }

  @FieldResolver(() => [ProjectMilestone], { description: 'The next upcoming milestones, soonest first.' })
  nextMilestones(@Ctx() ctx: CustomerContext, @Root() project: Project, @Arg('first', () => Int, { defaultValue: 3 }) first: number): Promise<ProjectMilestone[]> {
    return projectMilestones(ctx, project, { upcoming: true, first: Math.min(Math.max(first, 1), 100) });
  }

  @FieldResolver(() => [ProjectDelay], { description: 'Newest first.' })
  delays(@Root() project: Project): ProjectDelay[] {
    return project.delayRows;
  }

  @FieldResolver(() => [ProjectPhoto], { description: 'The gallery, in the order the photos were taken.' })
  photos(@Ctx() ctx: CustomerContext, @Root() project: Project): Promise<ProjectPhoto[]> {
    return projectPhotos(ctx, project.id);
  }

  @FieldResolver(() => ProjectPhoto, { nullable: true, description: 'The newest "after" photo, else the newest photo.' })
  coverPhoto(@Ctx() ctx: CustomerContext, @Root() project: Project): Promise<ProjectPhoto | null> {
    return coverPhoto(ctx, project.id);
  }

  @FieldResolver(() => [Job], { description: "The project's visits: upcoming ones first (soonest first), then past ones (latest first)." })
  visits(@Ctx() ctx: CustomerContext, @Root() project: Project): Promise<Job[]> {
    return projectVisits(ctx, project.id);
  }

  @FieldResolver(() => [Invoice], { description: "The project's invoices, newest first." })
  invoices(@Ctx() ctx: CustomerContext, @Root() project: Project): Promise<Invoice[]> {
    return projectInvoices(ctx, project.id);
  }

  @FieldResolver(() => [Document], { description: 'The documents shared with you, newest first.' })
  documents(@Ctx() ctx: CustomerContext, @Root() project: Project): Promise<Document[]> {
    return projectDocuments(ctx, project.id);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'Your conversation about the project; null before its first message (start one with sendMessage, anchor PROJECT).' })
  threadId(@Ctx() ctx: CustomerContext, @Root() project: Project): Promise<string | null> {
    return projectThreadId(ctx, project);
  }
}

@Resolver(() => ProjectPhoto)
export class ProjectPhotoResolver {
  @FieldResolver(() => String, { description: 'The photo about 1600 px wide: a short-lived link (5 minutes), for this session only.' })
  url(@Ctx() ctx: SignedInContext, @Root() photo: ProjectPhoto): Promise<string> {
    return signedLink(ctx, 'project-photo', photo.id);
  }

  @FieldResolver(() => String, { description: 'The photo 480 px wide: a short-lived link (5 minutes), for this session only.' })
  thumbnailUrl(@Ctx() ctx: SignedInContext, @Root() photo: ProjectPhoto): Promise<string> {
    return signedLink(ctx, 'project-photo-thumbnail', photo.id);
  }
}
