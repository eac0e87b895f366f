import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { StaffContext } from '../context/context.js';
import { Allow, anyStaff, office } from '../platform/door.js';
import type { Connection } from '../common/pagination.js';
import { NotFound } from '../errors/errors.js';
import { siteById } from '../sites/sites.loaders.js';
import { Site } from '../sites/sites.types.js';
import { Customer } from '../customers/customers.types.js';
import { toCustomer } from '../customers/customers.service.js';
import { threadCustomer } from '../messaging/messaging.loaders.js';
import { AdminJob } from '../jobs/jobs.admin.types.js';
import { Invoice } from '../invoices/invoices.types.js';
import { AdminDocument } from '../documents/documents.admin.types.js';
import { ProjectStatus } from '../generated/prisma/enums.js';
import {
  currentPhase,
  listProjects,
  projectAdminDocuments,
  projectAdminVisits,
  projectInvoices,
  projectMilestones,
  projectPhotos,
  projectThreadId,
  staffProject,
} from './projects.service.js';
import { coverPhoto } from './projects.loaders.js';
import {
  addProjectMilestone,
  addProjectPhase,
  cancelProjectMilestone,
  changeProjectStatus,
  createProject,
  linkToProject,
  moveProjectPhase,
  projectNextStates,
  reachProjectMilestone,
  removeProjectDelay,
  removeProjectPhase,
  removeProjectPhoto,
  reportProjectDelay,
  updateProject,
  updateProjectMilestone,
  updateProjectPhase,
  updateProjectPhoto,
} from './projects.admin.service.js';
import { createProjectPhotoUpload } from './project-photos.js';
import {
  AdminProject,
  AdminProjectConnection,
  AdminProjectListArgs,
  CreateProjectInput,
  MilestoneListArgs,
  ProjectDelay,
  ProjectDelayInput,
  ProjectMilestone,
  ProjectMilestoneInput,
  ProjectPhase,
  ProjectPhaseInput,
  ProjectPhoto,
  ProjectPhotoUpload,
  UpdateProjectInput,
  UpdateProjectMilestoneInput,
  UpdateProjectPhaseInput,
  UpdateProjectPhotoInput,
} from './projects.types.js';

const feature = { feature: 'projects' } as const;

// The office runs projects. Any member of staff reads those row-level security shows them (a
// technician: the projects on which they have a job) and adds photos to them (the upload endpoint).
// Every write returns the project as it now stands.
@Resolver(() => AdminProject)
export class ProjectAdminResolver {
  @Allow(anyStaff, feature)
  @Query(() => AdminProjectConnection, { description: "The business's projects, newest first; a technician sees those on which they have a visit." })
  projects(@Ctx() ctx: StaffContext, @Args(() => AdminProjectListArgs) args: AdminProjectListArgs): Promise<Connection<AdminProject>> {
    return listProjects(ctx, args);
  }

  @Allow(anyStaff, feature)
  @Query(() => AdminProject, { description: 'One project; NOT_FOUND for another business’s, or (technicians) one without a visit of theirs.' })
  project(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string): Promise<AdminProject> {
    return staffProject(ctx, id);
  }

  @Allow(office, feature)
  @Mutation(() => AdminProject, { description: "Creates a project in planning for a customer (in the business's currency), with its first phases if given." })
  createProject(@Ctx() ctx: StaffContext, @Arg('input', () => CreateProjectInput) input: CreateProjectInput): Promise<AdminProject> {
    return createProject(ctx, input);
  }

  @Allow(office, feature)
  @Mutation(() => AdminProject, { description: 'Changes what is given. BAD_USER_INPUT (reason END_BEFORE_START, NOT_CUSTOMER_SITE, REQUIRED).' })
  updateProject(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateProjectInput) input: UpdateProjectInput): Promise<AdminProject> {
    return updateProject(ctx, id, input);
  }

  @Allow(office, feature)
  @Mutation(() => AdminProject, {
    description:
      'Moves the project to one of its nextStates (CONFLICT, reason STATUS_NOT_ALLOWED, otherwise). The first start queues the welcome pack; completion the completion certificate and the warranty.',
  })
  changeProjectStatus(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string, @Arg('status', () => ProjectStatus) status: ProjectStatus): Promise<AdminProject> {
    return changeProjectStatus(ctx, id, status);
  }

  @Allow(office, feature)
  @Mutation(() => AdminProject, { description: 'Adds a phase (last, or at position).' })
  addProjectPhase(@Ctx() ctx: StaffContext, @Arg('projectId', () => ID) projectId: string, @Arg('input', () => ProjectPhaseInput) input: ProjectPhaseInput): Promise<AdminProject> {
    return addProjectPhase(ctx, projectId, input);
  }

  @Allow(office, feature)
  @Mutation(() => AdminProject, { description: 'Changes a phase: status done sets its progress to 100; a progress given without a status sets the status to match.' })
  updateProjectPhase(
    @Ctx() ctx: StaffContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateProjectPhaseInput) input: UpdateProjectPhaseInput,
  ): Promise<AdminProject> {
    return updateProjectPhase(ctx, id, input);
  }

  @Allow(office, feature)
  @Mutation(() => AdminProject, { description: 'Moves a phase to position (1 to the number of phases); the others follow in their order.' })
  moveProjectPhase(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string, @Arg('position', () => Int) position: number): Promise<AdminProject> {
    return moveProjectPhase(ctx, id, position);
  }

  @Allow(office, feature)
  @Mutation(() => AdminProject, { description: 'Removes a phase; its milestones and photos stay, without a phase.' })
  removeProjectPhase(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string): Promise<AdminProject> {
    return removeProjectPhase(ctx, id);
  }

  @Allow(office, feature)
  @Mutation(() => AdminProject, { description: 'Adds a milestone; with paymentAmountMinor, a payment milestone.' })
  addProjectMilestone(
    @Ctx() ctx: StaffContext,
    @Arg('projectId', () => ID) projectId: string,
    @Arg('input', () => ProjectMilestoneInput) input: ProjectMilestoneInput,
  ): Promise<AdminProject> {
    return addProjectMilestone(ctx, projectId, input);
  }

  @Allow(office, feature)
  @Mutation(() => AdminProject, { description: 'Changes a milestone (CONFLICT, reason MILESTONE_CLOSED, for the payment of one reached or cancelled).' })
  updateProjectMilestone(
    @Ctx() ctx: StaffContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateProjectMilestoneInput) input: UpdateProjectMilestoneInput,
  ): Promise<AdminProject> {
    return updateProjectMilestone(ctx, id, input);
  }

  @Allow(office, feature)
  @Mutation(() => AdminProject, {
    description:
      'The milestone is reached: a payment milestone issues its invoice (once, however often this is called), and a progress report is queued. CONFLICT (reason MILESTONE_CANCELLED) for a cancelled one.',
  })
  reachProjectMilestone(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string): Promise<AdminProject> {
    return reachProjectMilestone(ctx, id);
  }

  @Allow(office, feature)
  @Mutation(() => AdminProject, { description: 'Cancels an upcoming milestone (CONFLICT, reason MILESTONE_REACHED, once reached).' })
  cancelProjectMilestone(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string): Promise<AdminProject> {
    return cancelProjectMilestone(ctx, id);
  }

  @Allow(office, feature)
  @Mutation(() => AdminProject, {
    description: 'Reports a delay: the forecast end date moves by its days and the customer is told. CONFLICT (reason PROJECT_CLOSED) for a completed or cancelled project.',
  })
  reportProjectDelay(
    @Ctx() ctx: StaffContext,
    @Arg('projectId', () => ID) projectId: string,
    @Arg('input', () => ProjectDelayInput) input: ProjectDelayInput,
  ): Promise<AdminProject> {
    return reportProjectDelay(ctx, projectId, input);
  }

  @Allow(office, feature)
  @Mutation(() => AdminProject, { description: 'Removes a delay reported by mistake: the forecast moves back.' })
  removeProjectDelay(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string): Promise<AdminProject> {
    return removeProjectDelay(ctx, id);
  }

  @Allow(anyStaff, feature)
  @Mutation(() => ProjectPhotoUpload, {
    description:
      'A link to PUT photos of the project to, one image (JPEG, PNG or WebP, at most 10 MB) per PUT as the raw body: each becomes a photo (upright, without EXIF or GPS, 1600 px and a 480 px thumbnail). Set its caption, stage, taken-at and phase with updateProjectPhoto.',
  })
  createProjectPhotoUpload(@Ctx() ctx: StaffContext, @Arg('projectId', () => ID) projectId: string): Promise<ProjectPhotoUpload> {
    return createProjectPhotoUpload(ctx, projectId);
  }

  @Allow(anyStaff, feature)
  @Mutation(() => AdminProject, { description: "Changes a photo's caption, stage, taken-at time or phase (upload photos with POST /files/v1/project-photos)." })
  updateProjectPhoto(
    @Ctx() ctx: StaffContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateProjectPhotoInput) input: UpdateProjectPhotoInput,
  ): Promise<AdminProject> {
    return updateProjectPhoto(ctx, id, input);
  }

  @Allow(anyStaff, feature)
  @Mutation(() => AdminProject, { description: 'Removes a photo and its files.' })
  removeProjectPhoto(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string): Promise<AdminProject> {
    return removeProjectPhoto(ctx, id);
  }

  @Allow(office, feature)
  @Mutation(() => AdminProject, { description: "Puts one of the project's customer's visits in the project (linked: false takes it out). NOT_FOUND for another customer's." })
  linkJobToProject(
    @Ctx() ctx: StaffContext,
    @Arg('projectId', () => ID) projectId: string,
    @Arg('jobId', () => ID) jobId: string,
    @Arg('linked', () => Boolean, { defaultValue: true }) linked: boolean,
  ): Promise<AdminProject> {
    return linkToProject(ctx, 'job', projectId, jobId, linked);
  }

  @Allow(office, feature)
  @Mutation(() => AdminProject, { description: "Puts one of the customer's invoices in the project (linked: false takes it out)." })
  linkInvoiceToProject(
    @Ctx() ctx: StaffContext,
    @Arg('projectId', () => ID) projectId: string,
    @Arg('invoiceId', () => ID) invoiceId: string,
    @Arg('linked', () => Boolean, { defaultValue: true }) linked: boolean,
  ): Promise<AdminProject> {
    return linkToProject(ctx, 'invoice', projectId, invoiceId, linked);
  }

  @Allow(office, feature)
  @Mutation(() => AdminProject, { description: "Puts one of the customer's documents in the project (linked: false takes it out); the customer sees it there once shared." })
  linkDocumentToProject(
    @Ctx() ctx: StaffContext,
    @Arg('projectId', () => ID) projectId: string,
    @Arg('documentId', () => ID) documentId: string,
    @Arg('linked', () => Boolean, { defaultValue: true }) linked: boolean,
  ): Promise<AdminProject> {
    return linkToProject(ctx, 'document', projectId, documentId, linked);
  }

  @FieldResolver(() => [ProjectStatus], { description: 'The statuses it may move to now (changeProjectStatus).' })
  nextStates(@Root() project: AdminProject): ProjectStatus[] {
    return projectNextStates(project);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'The progress staff set (progressMode manual); kept when switching back to phases.' })
  manualProgress(@Root() project: AdminProject): number | null {
    return project.manualProgress;
  }

  @FieldResolver(() => Customer)
  async customer(@Ctx() ctx: StaffContext, @Root() project: AdminProject): Promise<Customer> {
    const row = await threadCustomer(ctx, project.customerId);
    if (!row) throw new NotFound('This customer');
    return toCustomer(row);
  }

  @FieldResolver(() => Site, { nullable: true })
  async site(@Ctx() ctx: StaffContext, @Root() project: AdminProject): Promise<Site | null> {
    return project.siteId ? await siteById(ctx, project.siteId) : null;
  }

  @FieldResolver(() => [ProjectPhase], { description: 'In order.' })
  phases(@Root() project: AdminProject): ProjectPhase[] {
    return project.phaseRows;
  }

  @FieldResolver(() => ProjectPhase, { nullable: true })
  currentPhase(@Root() project: AdminProject): ProjectPhase | null {
    return currentPhase(project.phaseRows);
  }

  @FieldResolver(() => [ProjectMilestone])
  milestones(@Ctx() ctx: StaffContext, @Root() project: AdminProject, @Args(() => MilestoneListArgs) args: MilestoneListArgs): Promise<ProjectMilestone[]> {
    return projectMilestones(ctx, project, args);
  }

  @FieldResolver(() => [ProjectMilestone])
  nextMilestones(@Ctx() ctx: StaffContext, @Root() project: AdminProject, @Arg('first', () => Int, { defaultValue: 3 }) first: number): Promise<ProjectMilestone[]> {
    return projectMilestones(ctx, project, { upcoming: true, first: Math.min(Math.max(first, 1), 100) });
  }

  @FieldResolver(() => [ProjectDelay], { description: 'Newest first.' })
  delays(@Root() project: AdminProject): ProjectDelay[] {
    return project.delayRows;
  }

  @FieldResolver(() => [ProjectPhoto])
  photos(@Ctx() ctx: StaffContext, @Root() project: AdminProject): Promise<ProjectPhoto[]> {
    return projectPhotos(ctx, project.id);
  }

  @FieldResolver(() => ProjectPhoto, { nullable: true })
  coverPhoto(@Ctx() ctx: StaffContext, @Root() project: AdminProject): Promise<ProjectPhoto | null> {
    return coverPhoto(ctx, project.id);
  }

  @FieldResolver(() => [AdminJob], { description: 'Upcoming first (soonest first), then past ones (latest first).' })
  visits(@Ctx() ctx: StaffContext, @Root() project: AdminProject): Promise<AdminJob[]> {
    return projectAdminVisits(ctx, project.id);
  }

  @FieldResolver(() => [Invoice], { description: 'Drafts included, newest first.' })
  invoices(@Ctx() ctx: StaffContext, @Root() project: AdminProject): Promise<Invoice[]> {
    return projectInvoices(ctx, project.id);
  }

  @FieldResolver(() => [AdminDocument], { description: 'Shared or not, newest first.' })
  documents(@Ctx() ctx: StaffContext, @Root() project: AdminProject): Promise<AdminDocument[]> {
    return projectAdminDocuments(ctx, project.id);
  }

  @FieldResolver(() => ID, { nullable: true, description: "The project's conversation with its customer (teamThread); null before its first message." })
  threadId(@Ctx() ctx: StaffContext, @Root() project: AdminProject): Promise<string | null> {
    return projectThreadId(ctx, project);
  }
}
