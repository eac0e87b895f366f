// Running projects (staff): create and change them, their phases, milestones, delays and photos,
// move them through their statuses, and link visits, invoices and documents. Every write returns
// the project as it now stands (progress and forecast follow from what changed).
import type { StaffContext } from '../context/context.js';
import { Prisma } from '../generated/prisma/client.js';
import type { ProjectStatus } from '../generated/prisma/enums.js';
import { BadInput, Conflict, NotFound } from '../errors/errors.js';
import { isId } from '../common/ids.js';
import { currentTenant } from '../platform/current-tenant.js';
import { mayMoveProject, nextProjectStates } from './project-status.js';
import { projectInclude, toProject, visibleProject } from './projects.service.js';
import type {
  CreateProjectInput,
  ProjectDelayInput,
  ProjectFields,
  ProjectMilestoneInput,
  ProjectPhaseInput,
  UpdateProjectInput,
  UpdateProjectMilestoneInput,
  UpdateProjectPhaseInput,
  UpdateProjectPhotoInput,
} from './projects.types.js';
import { reachMilestone } from './milestone-invoicing.js';
import { notifyProjectDelayed } from './project-delays.js';
import { queueProjectDocument } from './project-documents.js';

export function projectNextStates(project: { status: ProjectStatus }): ProjectStatus[] {
  return nextProjectStates(project.status);
}

function day(value: string, field: string): Date {
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) throw new BadInput(field, 'This is not a date.', 'INVALID_DATE');
  return date;
}

function optionalDay(value: string | null | undefined, field: string): Date | null | undefined {
  return value === undefined ? undefined : value === null ? null : day(value, field);
}

async function reread(ctx: StaffContext, id: string): Promise<ProjectFields> {
  return toProject(await visibleProject(ctx, id));
}

/** The project, locked for this transaction (concurrent writes to one project queue up). */
async function lockedProject(ctx: StaffContext, id: string) {
  const project = await visibleProject(ctx, id);
  await ctx.tx.$queryRaw`SELECT 1 FROM projects WHERE tenant_id = app_tenant() AND id = ${project.id}::uuid FOR UPDATE`;
  return visibleProject(ctx, id);
}

async function customerSite(ctx: StaffContext, customerId: string, siteId: string): Promise<string> {
  const site = isId(siteId) ? await ctx.tx.site.findFirst({ where: { id: siteId, customerId }, select: { id: true } }) : null;
  if (!site) throw new BadInput('siteId', "This is not one of the customer's sites.", 'NOT_CUSTOMER_SITE');
  return site.id;
}

function warrantyItems(items: string[]): string[] {
  return items.map((item) => item.trim()).filter((item) => item.length > 0);
}

export async function createProject(ctx: StaffContext, input: CreateProjectInput): Promise<ProjectFields> {
  const { tx, principal } = ctx;
  const tenant = await currentTenant(ctx);
  const customer = isId(input.customerId) ? await tx.customer.findFirst({ where: { id: input.customerId }, select: { id: true } }) : null;
  if (!customer) throw new NotFound('This customer');
  const siteId = input.siteId ? await customerSite(ctx, customer.id, input.siteId) : null;
  const startDate = day(input.startDate, 'startDate');
  const targetEndDate = day(input.targetEndDate, 'targetEndDate');
  if (targetEndDate < startDate) throw new BadInput('targetEndDate', 'The target end date is on or after the start date.', 'END_BEFORE_START');
  const name = input.name.trim();
  if (!name) throw new BadInput('name', 'Give the project a name.', 'REQUIRED');
  const phases = (input.phases ?? []).map((p) => p.trim()).filter((p) => p.length > 0);
  const row = await tx.project.create({
    data: {
      tenantId: principal.tenantId,
      customerId: customer.id,
      siteId,
      name,
      description: input.description?.trim() || null,
      contractValueMinor: input.contractValueMinor,
      currency: tenant.currency,
      startDate,
      targetEndDate,
      progressMode: input.progressMode,
      manualProgress: input.manualProgress ?? null,
      warrantyItems: warrantyItems(input.warrantyItems ?? []),
      // The phases take the tenant and the project from it.
      phases: { create: phases.map((phaseName, i) => ({ position: i + 1, name: phaseName })) },
    },
    include: projectInclude,
  });
  return toProject(row);
}

export async function updateProject(ctx: StaffContext, id: string, input: UpdateProjectInput): Promise<ProjectFields> {
  const project = await lockedProject(ctx, id);
  const data: Prisma.ProjectUpdateInput = {};
  if (input.name != null) {
    const name = input.name.trim();
    if (!name) throw new BadInput('name', 'Give the project a name.', 'REQUIRED');
    data.name = name;
  }
  if (input.description !== undefined) data.description = input.description?.trim() || null;
  if (input.siteId !== undefined) data.siteId = input.siteId === null ? null : await customerSite(ctx, project.customerId, input.siteId);
  if (input.contractValueMinor != null) data.contractValueMinor = input.contractValueMinor;
  const startDate = input.startDate != null ? day(input.startDate, 'startDate') : project.startDate;
  const targetEndDate = input.targetEndDate != null ? day(input.targetEndDate, 'targetEndDate') : project.targetEndDate;
  if (targetEndDate < startDate) throw new BadInput('targetEndDate', 'The target end date is on or after the start date.', 'END_BEFORE_START');
  data.startDate = startDate;
  data.targetEndDate = targetEndDate;
  if (input.progressMode != null) data.progressMode = input.progressMode;
  if (input.manualProgress !== undefined) data.manualProgress = input.manualProgress;
  if (input.warrantyItems != null) data.warrantyItems = warrantyItems(input.warrantyItems);
  await ctx.tx.project.update({ where: { tenantId_id: { tenantId: project.tenantId, id: project.id } }, data });
  return reread(ctx, project.id);
}

/**
 * Moves the project along its status table. The first start queues the welcome pack; completion
 * the completion certificate and the warranty.
 */
export async function changeProjectStatus(ctx: StaffContext, id: string, status: ProjectStatus): Promise<ProjectFields> {
  const project = await lockedProject(ctx, id);
  if (project.status === status) return toProject(project);
  if (!mayMoveProject(project.status, status)) {
    throw new Conflict(`A project that is ${project.status.replace('_', ' ')} cannot become ${status.replace('_', ' ')}.`, 'STATUS_NOT_ALLOWED');
  }
  const now = ctx.now();
  const firstStart = status === 'in_progress' && project.startedAt === null;
  await ctx.tx.project.update({
    where: { tenantId_id: { tenantId: project.tenantId, id: project.id } },
    data: { status, ...(firstStart ? { startedAt: now } : {}), ...(status === 'completed' ? { completedAt: now } : {}) },
  });
  if (firstStart) await queueProjectDocument(ctx, project.id, 'WELCOME_PACK');
  if (status === 'completed') {
    await queueProjectDocument(ctx, project.id, 'COMPLETION_CERTIFICATE');
    await queueProjectDocument(ctx, project.id, 'WARRANTY');
  }
  return reread(ctx, project.id);
}

// ---------------------------------------------------------------------------------------------
// Phases

async function visiblePhase(ctx: StaffContext, id: string) {
  const phase = isId(id) ? await ctx.tx.projectPhase.findFirst({ where: { id } }) : null;
  if (!phase) throw new NotFound('This phase');
  return phase;
}

/** Renumbers the project's phases 1..n in this order (positions are checked at commit). */
async function renumber(ctx: StaffContext, tenantId: string, ids: string[]): Promise<void> {
  for (const [i, id] of ids.entries()) {
    await ctx.tx.projectPhase.update({ where: { tenantId_id: { tenantId, id } }, data: { position: i + 1 } });
  }
}

export async function addProjectPhase(ctx: StaffContext, projectId: string, input: ProjectPhaseInput): Promise<ProjectFields> {
  const project = await lockedProject(ctx, projectId);
  const name = input.name.trim();
  if (!name) throw new BadInput('name', 'Give the phase a name.', 'REQUIRED');
  const plannedStart = optionalDay(input.plannedStart, 'plannedStart') ?? null;
  const plannedEnd = optionalDay(input.plannedEnd, 'plannedEnd') ?? null;
  if (plannedStart && plannedEnd && plannedEnd < plannedStart) throw new BadInput('plannedEnd', 'A phase ends on or after it starts.', 'END_BEFORE_START');
  const count = project.phases.length;
  const position = Math.min(input.position ?? count + 1, count + 1);
  const created = await ctx.tx.projectPhase.create({
    data: { tenantId: project.tenantId, projectId: project.id, position: count + 1, name, weight: input.weight, plannedStart, plannedEnd },
  });
  const order = project.phases.map((p) => p.id);
  order.splice(position - 1, 0, created.id);
  await renumber(ctx, project.tenantId, order);
  return reread(ctx, project.id);
}

export async function updateProjectPhase(ctx: StaffContext, id: string, input: UpdateProjectPhaseInput): Promise<ProjectFields> {
  const phase = await visiblePhase(ctx, id);
  await lockedProject(ctx, phase.projectId);
  const data: Prisma.ProjectPhaseUpdateInput = {};
  if (input.name != null) {
    const name = input.name.trim();
    if (!name) throw new BadInput('name', 'Give the phase a name.', 'REQUIRED');
    data.name = name;
  }
  if (input.weight != null) data.weight = input.weight;
  if (input.progress != null) data.progress = input.progress;
  if (input.status != null) {
    data.status = input.status;
    // A phase done is complete; one started again keeps its progress.
    if (input.status === 'done') data.progress = 100;
    if (input.status === 'not_started' && input.progress == null) data.progress = 0;
  } else if (input.progress != null) {
    data.status = input.progress >= 100 ? 'done' : input.progress > 0 ? 'in_progress' : phase.status === 'done' ? 'in_progress' : phase.status;
  }
  const plannedStart = input.plannedStart !== undefined ? optionalDay(input.plannedStart, 'plannedStart') : phase.plannedStart;
  const plannedEnd = input.plannedEnd !== undefined ? optionalDay(input.plannedEnd, 'plannedEnd') : phase.plannedEnd;
  if (plannedStart && plannedEnd && plannedEnd < plannedStart) throw new BadInput('plannedEnd', 'A phase ends on or after it starts.', 'END_BEFORE_START');
  data.plannedStart = plannedStart ?? null;
  data.plannedEnd = plannedEnd ?? null;
  await ctx.tx.projectPhase.update({ where: { tenantId_id: { tenantId: phase.tenantId, id: phase.id } }, data });
  return reread(ctx, phase.projectId);
}

export async function moveProjectPhase(ctx: StaffContext, id: string, position: number): Promise<ProjectFields> {
  const phase = await visiblePhase(ctx, id);
  const project = await lockedProject(ctx, phase.projectId);
  if (position < 1 || position > project.phases.length) throw new BadInput('position', `A position is 1 to ${project.phases.length}.`, 'OUT_OF_RANGE');
  const order = project.phases.map((p) => p.id).filter((pid) => pid !== phase.id);
  order.splice(position - 1, 0, phase.id);
  await renumber(ctx, project.tenantId, order);
  return reread(ctx, project.id);
}

export async function removeProjectPhase(ctx: StaffContext, id: string): Promise<ProjectFields> {
  const phase = await visiblePhase(ctx, id);
  const project = await lockedProject(ctx, phase.projectId);
  await ctx.tx.projectPhase.delete({ where: { tenantId_id: { tenantId: phase.tenantId, id: phase.id } } });
  await renumber(
    ctx,
    project.tenantId,
    project.phases.map((p) => p.id).filter((pid) => pid !== phase.id),
  );
  return reread(ctx, project.id);
}

// ---------------------------------------------------------------------------------------------
// Milestones

async function visibleMilestone(ctx: StaffContext, id: string) {
  const milestone = isId(id) ? await ctx.tx.projectMilestone.findFirst({ where: { id } }) : null;
  if (!milestone) throw new NotFound('This milestone');
  return milestone;
}

async function projectPhaseId(ctx: StaffContext, projectId: string, phaseId: string): Promise<string> {
  const phase = isId(phaseId) ? await ctx.tx.projectPhase.findFirst({ where: { id: phaseId, projectId }, select: { id: true } }) : null;
  if (!phase) throw new BadInput('phaseId', 'This is not a phase of the project.', 'NOT_PROJECT_PHASE');
  return phase.id;
}

export async function addProjectMilestone(ctx: StaffContext, projectId: string, input: ProjectMilestoneInput): Promise<ProjectFields> {
  const project = await lockedProject(ctx, projectId);
  const name = input.name.trim();
  if (!name) throw new BadInput('name', 'Give the milestone a name.', 'REQUIRED');
  const dueDate = day(input.dueDate, 'dueDate');
  const phaseId = input.phaseId ? await projectPhaseId(ctx, project.id, input.phaseId) : null;
  await ctx.tx.projectMilestone.create({
    data: { tenantId: project.tenantId, projectId: project.id, name, dueDate, phaseId, paymentAmountMinor: input.paymentAmountMinor ?? null },
  });
  return reread(ctx, project.id);
}

export async function updateProjectMilestone(ctx: StaffContext, id: string, input: UpdateProjectMilestoneInput): Promise<ProjectFields> {
  const milestone = await visibleMilestone(ctx, id);
  await lockedProject(ctx, milestone.projectId);
  const data: Prisma.ProjectMilestoneUpdateInput = {};
  if (input.name != null) {
    const name = input.name.trim();
    if (!name) throw new BadInput('name', 'Give the milestone a name.', 'REQUIRED');
    data.name = name;
  }
  if (input.dueDate != null) data.dueDate = day(input.dueDate, 'dueDate');
  if (input.phaseId !== undefined) data.phaseId = input.phaseId === null ? null : await projectPhaseId(ctx, milestone.projectId, input.phaseId);
  if (input.paymentAmountMinor != null) {
    if (milestone.status !== 'upcoming') throw new Conflict('The payment of a milestone that was reached or cancelled no longer changes.', 'MILESTONE_CLOSED');
    data.paymentAmountMinor = input.paymentAmountMinor === 0 ? null : input.paymentAmountMinor;
  }
  await ctx.tx.projectMilestone.update({ where: { tenantId_id: { tenantId: milestone.tenantId, id: milestone.id } }, data });
  return reread(ctx, milestone.projectId);
}

/** Marks the milestone reached: a payment milestone issues its invoice (once), and a progress report is queued. */
export async function reachProjectMilestone(ctx: StaffContext, id: string): Promise<ProjectFields> {
  const milestone = await visibleMilestone(ctx, id);
  const project = await lockedProject(ctx, milestone.projectId);
  await reachMilestone(ctx, project, milestone.id);
  return reread(ctx, project.id);
}

export async function cancelProjectMilestone(ctx: StaffContext, id: string): Promise<ProjectFields> {
  const milestone = await visibleMilestone(ctx, id);
  await lockedProject(ctx, milestone.projectId);
  const current = await visibleMilestone(ctx, id);
  if (current.status === 'reached') throw new Conflict('A milestone that was reached cannot be cancelled.', 'MILESTONE_REACHED');
  if (current.status === 'upcoming') {
    await ctx.tx.projectMilestone.update({ where: { tenantId_id: { tenantId: current.tenantId, id: current.id } }, data: { status: 'cancelled' } });
  }
  return reread(ctx, current.projectId);
}

// ---------------------------------------------------------------------------------------------
// Delays

export async function reportProjectDelay(ctx: StaffContext, projectId: string, input: ProjectDelayInput): Promise<ProjectFields> {
  const project = await lockedProject(ctx, projectId);
  if (project.status === 'completed' || project.status === 'cancelled') throw new Conflict('A finished project has no more delays.', 'PROJECT_CLOSED');
  const delay = await ctx.tx.projectDelay.create({
    data: {
      tenantId: project.tenantId,
      projectId: project.id,
      cause: input.cause,
      days: input.days,
      note: input.note?.trim() || null,
      reportedAt: ctx.now(),
      reportedBy: ctx.principal.staffUserId,
    },
  });
  const updated = await reread(ctx, project.id);
  await notifyProjectDelayed(ctx, updated, delay);
  return updated;
}

export async function removeProjectDelay(ctx: StaffContext, id: string): Promise<ProjectFields> {
  const delay = isId(id) ? await ctx.tx.projectDelay.findFirst({ where: { id } }) : null;
  if (!delay) throw new NotFound('This delay');
  await lockedProject(ctx, delay.projectId);
  await ctx.tx.projectDelay.delete({ where: { tenantId_id: { tenantId: delay.tenantId, id: delay.id } } });
  return reread(ctx, delay.projectId);
}

// ---------------------------------------------------------------------------------------------
// Photos (uploaded through POST /files/v1/project-photos: projects/project-photos.ts)

async function visiblePhoto(ctx: StaffContext, id: string) {
  const photo = isId(id) ? await ctx.tx.projectPhoto.findFirst({ where: { id } }) : null;
  if (!photo) throw new NotFound('This photo');
  return photo;
}

export async function updateProjectPhoto(ctx: StaffContext, id: string, input: UpdateProjectPhotoInput): Promise<ProjectFields> {
  const photo = await visiblePhoto(ctx, id);
  const data: Prisma.ProjectPhotoUpdateInput = {};
  if (input.caption !== undefined) data.caption = input.caption?.trim() || null;
  if (input.stage != null) data.stage = input.stage;
  if (input.takenAt !== undefined) data.takenAt = input.takenAt;
  if (input.phaseId !== undefined) data.phaseId = input.phaseId === null ? null : await projectPhaseId(ctx, photo.projectId, input.phaseId);
  await ctx.tx.projectPhoto.update({ where: { tenantId_id: { tenantId: photo.tenantId, id: photo.id } }, data });
  return reread(ctx, photo.projectId);
}

export async function removeProjectPhoto(ctx: StaffContext, id: string): Promise<ProjectFields> {
  const photo = await visiblePhoto(ctx, id);
  await ctx.tx.projectPhoto.delete({ where: { tenantId_id: { tenantId: photo.tenantId, id: photo.id } } });
  // The files go with the row; a failure to delete them leaves unreachable bytes, never a broken photo.
  await Promise.allSettled([ctx.deps.storage.delete(photo.storageKey), ctx.deps.storage.delete(photo.thumbnailKey)]);
  return reread(ctx, photo.projectId);
}

// ---------------------------------------------------------------------------------------------
// Links: a visit, an invoice or a document of the project's customer belongs to the project (or no longer).

export type ProjectLinkKind = 'job' | 'invoice' | 'document';

export async function linkToProject(ctx: StaffContext, kind: ProjectLinkKind, projectId: string, id: string, linked: boolean): Promise<ProjectFields> {
  const project = await lockedProject(ctx, projectId);
  const { tx } = ctx;
  const own = { id, customerId: project.customerId };
  const key = { tenantId_id: { tenantId: project.tenantId, id } };
  const data = { projectId: linked ? project.id : null };
  const unlinkOnly = (current: string | null) => (linked ? true : current === project.id);
  switch (kind) {
    case 'job': {
      const row = isId(id) ? await tx.job.findFirst({ where: own, select: { id: true, projectId: true } }) : null;
      if (!row) throw new NotFound("This customer's visit");
      if (unlinkOnly(row.projectId)) await tx.job.update({ where: key, data });
      break;
    }
    case 'invoice': {
      const row = isId(id) ? await tx.invoice.findFirst({ where: own, select: { id: true, projectId: true } }) : null;
      if (!row) throw new NotFound("This customer's invoice");
      if (unlinkOnly(row.projectId)) await tx.invoice.update({ where: key, data });
      break;
    }
    case 'document': {
      const row = isId(id) ? await tx.document.findFirst({ where: own, select: { id: true, projectId: true } }) : null;
      if (!row) throw new NotFound("This customer's document");
      if (unlinkOnly(row.projectId)) await tx.document.update({ where: key, data });
      break;
    }
  }
  return reread(ctx, project.id);
}
