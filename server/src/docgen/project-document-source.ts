// What a generated document says, read from the project in the caller's scope (the worker's
// 'system' scope of the project's tenant, or staff previewing): the project, its phases,
// milestones, delays and newest photos, the people on it, the customer, and the warranty.
import type { ScopedContext } from '../context/context.js';
import { todayIn, toLocalDate } from '../common/dates.js';
import { isId } from '../common/ids.js';
import { writtenLanguage, type Language } from '../common/languages.js';
import { portalHome } from '../communications/portal-links.js';
import { NotFound } from '../errors/errors.js';
import type { GeneratedDocumentKind, ProjectDelayCause, Tenant } from '../generated/prisma/client.js';
import { pdfBusiness } from '../pdf/branded-pdf.js';
import { pdfLogo } from '../pdf/business-logo.js';
import { scopeTenant } from '../platform/current-tenant.js';
import { forecastEndDate } from '../projects/project-forecast.js';
import { projectProgress } from '../projects/project-progress.js';
import { readStoredBytes } from '../storage/read-bytes.js';
import { addMonths, type ProjectDocumentFacts, type ProjectPhotoFacts, type ProjectTeamMember } from './project-document-facts.js';

/** How many photos a progress report shows (the newest). */
export const REPORT_PHOTOS = 6;

export function warrantyMonthsOf(tenant: Tenant): number {
  return tenant.warrantyMonths;
}

const CAUSES: Record<Language, Record<ProjectDelayCause, string>> = {
  en: { weather: 'Weather', permit: 'Permit', materials: 'Materials', customer_change: 'Change requested', other: 'Other' },
  fr: { weather: 'Météo', permit: 'Autorisation', materials: 'Matériaux', customer_change: 'Modification demandée', other: 'Autre' },
  es: { weather: 'Tiempo', permit: 'Permiso', materials: 'Materiales', customer_change: 'Cambio solicitado', other: 'Otro' },
};

export interface ProjectDocumentSource {
  projectId: string;
  kind: GeneratedDocumentKind;
  /** The milestone a progress report is about. */
  milestoneId: string | null;
  /** The language to write in; null: the customer's (else the business's). */
  language: Language | null;
}

export async function projectDocumentFacts(ctx: ScopedContext, source: ProjectDocumentSource): Promise<ProjectDocumentFacts & { customerId: string }> {
  const { tx } = ctx;
  const project = isId(source.projectId)
    ? await tx.project.findFirst({
        where: { id: source.projectId },
        include: {
          phases: { orderBy: { position: 'asc' } },
          milestones: { where: { status: { not: 'cancelled' } }, orderBy: [{ dueDate: 'asc' }, { createdAt: 'asc' }] },
          delays: { orderBy: { reportedAt: 'asc' } },
        },
      })
    : null;
  if (!project) throw new NotFound('This project');
  const tenant = await scopeTenant(ctx);
  const customer = await tx.customer.findFirst({ where: { id: project.customerId }, select: { id: true, name: true, email: true, locale: true } });
  if (!customer) throw new NotFound('This project');
  const site = project.siteId ? await tx.site.findFirst({ where: { id: project.siteId } }) : null;
  const language = source.language ?? writtenLanguage(customer.locale, tenant.locale);
  const business = pdfBusiness(tenant);
  const today = todayIn(tenant.timeZone, ctx.now());
  const dayOf = (at: Date | null) => (at ? todayIn(tenant.timeZone, at) : null);

  // A report names its milestone; a preview without one shows the last reached (else the next).
  const milestone = source.milestoneId
    ? project.milestones.find((m) => m.id === source.milestoneId)
    : source.kind === 'PROGRESS_REPORT'
      ? (project.milestones.filter((m) => m.reachedAt).at(-1) ?? project.milestones[0])
      : undefined;
  if (source.milestoneId && !milestone) throw new NotFound('This milestone');
  const completedOn = dayOf(project.completedAt);
  const targetEnd = toLocalDate(project.targetEndDate) ?? today;
  const warrantyStart = completedOn ?? today;

  return {
    kind: source.kind,
    customerId: customer.id,
    business,
    logo: await pdfLogo(ctx, tenant),
    customer: { name: customer.name, email: customer.email, locale: language, address: site },
    portalUrl: portalHome(ctx.deps.config.portalUrl, tenant),
    project: {
      name: project.name,
      address: site,
      startDate: toLocalDate(project.startDate),
      targetEndDate: targetEnd,
      forecastEndDate: forecastEndDate(targetEnd, project.delays),
      completedOn,
      progress: projectProgress(project.progressMode, project.manualProgress, project.phases),
    },
    team: await projectTeam(ctx, project.id, business.name, business.contact),
    phases: project.phases.map((phase) => ({
      name: phase.name,
      status: phase.status,
      startDate: toLocalDate(phase.plannedStart),
      endDate: toLocalDate(phase.plannedEnd),
      progress: phase.progress,
    })),
    milestones: project.milestones.map((m) => ({ name: m.name, dueDate: toLocalDate(m.dueDate), reachedOn: dayOf(m.reachedAt) })),
    milestone: milestone ? { name: milestone.name, dueDate: toLocalDate(milestone.dueDate), reachedOn: dayOf(milestone.reachedAt) } : null,
    delays: project.delays.map((delay) => ({
      reason: [CAUSES[language][delay.cause], delay.note?.trim()].filter(Boolean).join(language === 'fr' ? '\u00a0: ' : ': '),
      days: delay.days,
      reportedOn: dayOf(delay.reportedAt),
    })),
    photos: source.kind === 'PROGRESS_REPORT' ? await newestPhotos(ctx, project.id) : [],
    warranty:
      source.kind === 'WARRANTY' || source.kind === 'COMPLETION_CERTIFICATE'
        ? { months: tenant.warrantyMonths, startDate: warrantyStart, endDate: addMonths(warrantyStart, tenant.warrantyMonths), items: project.warrantyItems }
        : null,
    renderedAt: ctx.now(),
  };
}

/** Who works on the project: the technicians of its visits, then the office. */
async function projectTeam(ctx: ScopedContext, projectId: string, businessName: string, contact: { phone: string | null; email: string | null }): Promise<ProjectTeamMember[]> {
  const jobs = await ctx.tx.job.findMany({
    where: { projectId, technicianId: { not: null } },
    select: { technician: { select: { id: true, name: true, status: true } } },
    orderBy: [{ scheduledStart: 'asc' }, { id: 'asc' }],
  });
  const crew = new Map<string, ProjectTeamMember>();
  for (const { technician } of jobs) {
    // Names only: a technician's own phone and email are not the customer's to use.
    if (technician && technician.status === 'active' && !crew.has(technician.id)) crew.set(technician.id, { name: technician.name, role: 'crew', phone: null, email: null });
  }
  return [...crew.values(), { name: businessName, role: 'office', phone: contact.phone, email: contact.email }];
}

/**
 * The newest photos (by when they were taken, else uploaded) as JPEG for the PDF: the 480 px
 * thumbnails, stored as WebP, which pdfkit cannot draw. A photo whose file is missing or
 * unreadable is left out rather than failing the document.
 */
async function newestPhotos(ctx: ScopedContext, projectId: string): Promise<ProjectPhotoFacts[]> {
  const rows = await ctx.tx.$queryRaw<{ thumbnail_key: string; caption: string | null }[]>`
    SELECT thumbnail_key, caption FROM project_photos
    WHERE project_id = ${projectId}::uuid
    ORDER BY coalesce(taken_at, created_at) DESC, id DESC
    LIMIT ${REPORT_PHOTOS}`;
  const { default: sharp } = await import('sharp');
  const photos: ProjectPhotoFacts[] = [];
  for (const row of rows) {
    const stored = await readStoredBytes(ctx.deps.storage, row.thumbnail_key);
    if (!stored) continue;
    try {
      photos.push({ image: await sharp(stored).jpeg({ quality: 80 }).toBuffer(), caption: row.caption });
    } catch (error) {
      ctx.log.warn({ err: error }, 'a project photo could not be read for a generated document');
    }
  }
  return photos;
}
