// Reading projects, for customers (their own) and staff (the tenant's; a technician those on
// which they have a job). Row-level security decides which rows a caller sees; these reads only
// shape them.
import type { CustomerContext, ScopedContext, SignedInContext, StaffContext } from '../context/context.js';
import type {
  Prisma,
  Project as ProjectRow,
  ProjectDelay as DelayRow,
  ProjectMilestone as MilestoneRow,
  ProjectPhase as PhaseRow,
  ProjectPhoto as PhotoRow,
} from '../generated/prisma/client.js';
import { NotFound } from '../errors/errors.js';
import { isId } from '../common/ids.js';
import { todayIn, toLocalDate } from '../common/dates.js';
import { pageQuery, toConnection, type Connection, type PageArgs } from '../common/pagination.js';
import { currentTenant } from '../platform/current-tenant.js';
import { toInvoice, CUSTOMER_VISIBLE } from '../invoices/invoices.service.js';
import type { Invoice } from '../invoices/invoices.types.js';
import { adminJobSelect, jobSelect, toAdminJob, toJob } from '../jobs/jobs.view.js';
import type { Job } from '../jobs/jobs.types.js';
import type { AdminJob } from '../jobs/jobs.admin.types.js';
import { adminDocumentSelect, documentSelect } from '../documents/documents.view.js';
import type { Document } from '../documents/documents.types.js';
import type { AdminDocument } from '../documents/documents.admin.types.js';
import { projectProgress } from './project-progress.js';
import { delayDays, forecastEndDate } from './project-forecast.js';
import type { AdminProjectListArgs, MilestoneListArgs, ProjectDelay, ProjectFields, ProjectMilestone, ProjectPhase, ProjectPhoto } from './projects.types.js';

export const projectInclude = {
  phases: { orderBy: { position: 'asc' } },
  delays: { orderBy: [{ reportedAt: 'desc' }, { id: 'desc' }] },
} as const satisfies Prisma.ProjectInclude;

export type ProjectWithParts = ProjectRow & { phases: PhaseRow[]; delays: DelayRow[] };

export function toPhase(row: PhaseRow): ProjectPhase {
  return {
    id: row.id,
    position: row.position,
    name: row.name,
    status: row.status,
    progress: row.progress,
    weight: row.weight,
    plannedStart: toLocalDate(row.plannedStart),
    plannedEnd: toLocalDate(row.plannedEnd),
  };
}

export function toDelay(row: DelayRow): ProjectDelay {
  return { id: row.id, cause: row.cause, days: row.days, note: row.note, reportedAt: row.reportedAt };
}

export function toMilestone(row: MilestoneRow, currency: string): ProjectMilestone {
  return {
    id: row.id,
    name: row.name,
    dueDate: toLocalDate(row.dueDate) ?? '',
    status: row.status,
    reachedAt: row.reachedAt,
    phaseId: row.phaseId,
    paymentAmountMinor: row.paymentAmountMinor,
    currency,
    invoiceId: row.invoiceId,
  };
}

export function toPhoto(row: PhotoRow): ProjectPhoto {
  return {
    id: row.id,
    projectId: row.projectId,
    stage: row.stage,
    caption: row.caption,
    takenAt: row.takenAt,
    phaseId: row.phaseId,
    width: row.width,
    height: row.height,
    createdAt: row.createdAt,
  };
}

/** A project with its phases and delays as both endpoints show it: progress and forecast from their rules. */
export function toProject(row: ProjectWithParts): ProjectFields {
  const phases = row.phases.map(toPhase);
  const delays = row.delays.map(toDelay);
  const targetEndDate = toLocalDate(row.targetEndDate) ?? '';
  return {
    id: row.id,
    customerId: row.customerId,
    siteId: row.siteId,
    name: row.name,
    description: row.description,
    status: row.status,
    contractValueMinor: row.contractValueMinor,
    currency: row.currency,
    startDate: toLocalDate(row.startDate) ?? '',
    targetEndDate,
    forecastEndDate: forecastEndDate(targetEndDate, delays),
    delayDays: delayDays(delays),
    progressPercent: projectProgress(row.progressMode, row.manualProgress, phases),
    progressMode: row.progressMode,
    manualProgress: row.manualProgress,
    warrantyItems: row.warrantyItems,
    startedAt: row.startedAt,
    completedAt: row.completedAt,
    createdAt: row.createdAt,
    phaseRows: phases,
    delayRows: delays,
  };
}

/** The project as the caller's row-level security shows it; NOT_FOUND for any other id. */
export async function visibleProject(ctx: ScopedContext, id: string): Promise<ProjectWithParts> {
  const row = isId(id) ? await ctx.tx.project.findFirst({ where: { id }, include: projectInclude }) : null;
  if (!row) throw new NotFound('This project');
  return row;
}

export async function myProjects(ctx: CustomerContext, args: PageArgs): Promise<Connection<ProjectFields>> {
  const rows = await ctx.tx.project.findMany({
    where: { customerId: ctx.principal.customerId },
    include: projectInclude,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    ...pageQuery(ctx.principal.tenantId, args),
  });
  return toConnection(rows, args, toProject);
}

export async function myProject(ctx: CustomerContext, id: string): Promise<ProjectFields> {
  return toProject(await visibleProject(ctx, id));
}

export async function listProjects(ctx: StaffContext, args: AdminProjectListArgs): Promise<Connection<ProjectFields>> {
  const where: Prisma.ProjectWhereInput = {};
  if (args.customerId != null) where.customerId = args.customerId;
  if (args.status != null) where.status = args.status;
  const rows = await ctx.tx.project.findMany({ where, include: projectInclude, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], ...pageQuery(ctx.principal.tenantId, args) });
  return toConnection(rows, args, toProject);
}

export async function staffProject(ctx: StaffContext, id: string): Promise<ProjectFields> {
  return toProject(await visibleProject(ctx, id));
}

/** The phase in progress, else the first not started, else the last one (all done); null without phases. */
export function currentPhase(phases: readonly ProjectPhase[]): ProjectPhase | null {
  return phases.find((p) => p.status === 'in_progress') ?? phases.find((p) => p.status === 'not_started') ?? phases.at(-1) ?? null;
}

export async function projectMilestones(ctx: ScopedContext, project: ProjectFields, args: MilestoneListArgs): Promise<ProjectMilestone[]> {
  const rows = await ctx.tx.projectMilestone.findMany({
    where: { projectId: project.id, ...(args.upcoming ? { status: 'upcoming' } : {}) },
    orderBy: [{ dueDate: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
    ...(args.first ? { take: args.first } : {}),
  });
  return rows.map((row) => toMilestone(row, project.currency));
}

export async function projectPhotos(ctx: ScopedContext, projectId: string): Promise<ProjectPhoto[]> {
  const rows = await ctx.tx.projectPhoto.findMany({ where: { projectId }, orderBy: [{ takenAt: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }, { id: 'asc' }] });
  return rows.map(toPhoto);
}

/** The project's visits as the customer sees them: upcoming first (soonest first), then past ones (latest first). */
export async function projectVisits(ctx: CustomerContext, projectId: string): Promise<Job[]> {
  const tenant = await currentTenant(ctx);
  const rows = await ctx.tx.job.findMany({ where: { projectId }, select: jobSelect, orderBy: [{ scheduledStart: 'asc' }, { id: 'asc' }] });
  return upcomingFirst(rows, ctx.now()).map((row) => toJob(row, tenant.timeZone));
}

export async function projectAdminVisits(ctx: StaffContext, projectId: string): Promise<AdminJob[]> {
  const tenant = await currentTenant(ctx);
  const rows = await ctx.tx.job.findMany({ where: { projectId }, select: adminJobSelect, orderBy: [{ scheduledStart: 'asc' }, { id: 'asc' }] });
  return upcomingFirst(rows, ctx.now()).map((row) => toAdminJob(row, tenant.timeZone));
}

function upcomingFirst<T extends { scheduledEnd: Date }>(rows: T[], now: Date): T[] {
  const upcoming = rows.filter((r) => r.scheduledEnd >= now);
  const past = rows.filter((r) => r.scheduledEnd < now).reverse();
  return [...upcoming, ...past];
}

/** Issued invoices (drafts are the business's own), newest first; staff see drafts too. None for a customer while the business has invoices switched off. */
export async function projectInvoices(ctx: SignedInContext, projectId: string): Promise<Invoice[]> {
  const tenant = await currentTenant(ctx);
  if (ctx.principal.kind === 'customer' && !tenant.featureInvoices) return [];
  const where: Prisma.InvoiceWhereInput = ctx.principal.kind === 'customer' ? { AND: [CUSTOMER_VISIBLE, { projectId }] } : { projectId };
  const rows = await ctx.tx.invoice.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
  const today = todayIn(tenant.timeZone, ctx.now());
  return rows.map((row) => toInvoice(row, today));
}

/** The documents shared with the customer, newest first; none while the business has documents switched off. */
export async function projectDocuments(ctx: CustomerContext, projectId: string): Promise<Document[]> {
  const tenant = await currentTenant(ctx);
  if (!tenant.featureDocuments) return [];
  return ctx.tx.document.findMany({ where: { projectId, shared: true }, select: documentSelect, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
}

export function projectAdminDocuments(ctx: StaffContext, projectId: string): Promise<AdminDocument[]> {
  return ctx.tx.document.findMany({ where: { projectId }, select: adminDocumentSelect, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
}

/** The project's message thread with its customer; null before its first message. */
export async function projectThreadId(ctx: ScopedContext, project: ProjectFields): Promise<string | null> {
  const row = await ctx.tx.messageThread.findFirst({ where: { customerId: project.customerId, anchorType: 'project', projectId: project.id }, select: { id: true } });
  return row?.id ?? null;
}
