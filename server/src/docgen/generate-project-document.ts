// The generate_project_document task (queued by projects/project-documents.ts when a project
// starts, reaches a milestone or is completed): writes the document from the business's template
// in the customer's language, stores the PDF, files it under the project shared with the customer,
// and tells the customer as for any document shared with them. One document per project, kind and
// milestone: a retried job returns the one already filed; regenerating replaces its file.
import { randomUUID } from 'node:crypto';
import type { AppDeps, ScopedContext } from '../context/context.js';
import { recordActivity } from '../activity/activity.js';
import { recordDocumentEvent } from '../documents/document-access.js';
import { languageOf, type Language } from '../common/languages.js';
import type { DocumentKind, GeneratedDocumentKind } from '../generated/prisma/enums.js';
import { notifyCustomer } from '../notifications/notify.js';
import { inTenantScope } from '../platform/scope.js';
import { tenantKey } from '../storage/storage.js';
import { templateBlocks } from './document-templates.service.js';
import { generatedDocumentTitle, renderProjectDocumentPdf } from './project-document-pdf.js';
import { projectDocumentFacts } from './project-document-source.js';
import { GENERATED_KINDS } from './template-placeholders.js';

export const GENERATE_PROJECT_DOCUMENT_TASK = 'generate_project_document';

/** The payload projects/ queues (queue_project_document). */
export interface ProjectDocumentJob {
  tenantId: string;
  projectId: string;
  kind: GeneratedDocumentKind;
  milestoneId?: string;
}

export function isProjectDocumentJob(value: unknown): value is ProjectDocumentJob {
  if (!value || typeof value !== 'object') return false;
  const job = value as Record<string, unknown>;
  return (
    typeof job.tenantId === 'string' &&
    typeof job.projectId === 'string' &&
    GENERATED_KINDS.some((kind) => kind === job.kind) &&
    (job.milestoneId === undefined || typeof job.milestoneId === 'string')
  );
}

/** Where each generated document is filed among the customer's documents. */
const DOCUMENT_KIND: Record<GeneratedDocumentKind, DocumentKind> = {
  WELCOME_PACK: 'welcome_pack',
  PROGRESS_REPORT: 'progress_report',
  COMPLETION_CERTIFICATE: 'certificate',
  WARRANTY: 'warranty',
};

export interface FiledDocument {
  id: string;
  title: string;
  customerId: string;
  /** False when the document was already there (a retried job) and was left as it was. */
  created: boolean;
  replaced: boolean;
}

/** The task: in the project's tenant as the back office ('system'), one transaction. */
export function generateProjectDocument(deps: AppDeps, job: ProjectDocumentJob): Promise<FiledDocument> {
  return inTenantScope(deps, { tenantId: job.tenantId, role: 'system' }, (ctx) =>
    fileProjectDocument(ctx, { projectId: job.projectId, kind: job.kind, milestoneId: job.milestoneId ?? null, replace: false }),
  );
}

export interface FileProjectDocumentInput {
  projectId: string;
  kind: GeneratedDocumentKind;
  milestoneId: string | null;
  /** Write it again from the current template and facts, in place of the one filed (staff's regenerate). */
  replace: boolean;
}

export async function fileProjectDocument(ctx: ScopedContext, input: FileProjectDocumentInput): Promise<FiledDocument> {
  const { tx } = ctx;
  const milestoneId = input.kind === 'PROGRESS_REPORT' ? input.milestoneId : null;
  const existing = await tx.document.findFirst({
    where: { projectId: input.projectId, generatedKind: input.kind, milestoneId },
    select: { id: true, title: true, customerId: true },
  });
  if (existing && !input.replace) return { ...existing, created: false, replaced: false };

  const facts = await projectDocumentFacts(ctx, { projectId: input.projectId, kind: input.kind, milestoneId, language: null });
  const language: Language = languageOf(facts.customer.locale) ?? 'en';
  const pdf = await renderProjectDocumentPdf(facts, await templateBlocks(ctx, input.kind, language));
  const title = generatedDocumentTitle(input.kind, language, facts.project.name, facts.milestone?.name ?? null);
  const tenantId = ctx.rls?.tenantId;
  if (!tenantId) throw new Error('generating a document needs a tenant scope');
  // One file per document, named by what it is: a retry or a regeneration writes over the same file.
  const fileKey = `${input.kind.toLowerCase().replace(/_/g, '-')}${milestoneId ? `-${milestoneId}` : ''}.pdf`;
  const storageKey = tenantKey(tenantId, 'documents', 'generated', input.projectId, fileKey);
  await ctx.deps.storage.put(storageKey, pdf, 'application/pdf');
  const fileName = `${title.replace(/[\\/:*?"<>|]+/g, ' ').trim()}.pdf`;

  if (existing) {
    await tx.document.update({
      where: { tenantId_id: { tenantId, id: existing.id } },
      data: { title, fileName, sizeBytes: pdf.length, storageKey, contentType: 'application/pdf' },
    });
    await recordDocumentEvent(ctx, existing.id, 'generated');
    return { id: existing.id, title, customerId: existing.customerId, created: false, replaced: true };
  }

  const id = randomUUID();
  // Two runs at once: the unique index (project, kind, milestone) lets one insert; the other finds it.
  const inserted = await tx.document.createMany({
    data: [
      {
        id,
        tenantId,
        customerId: facts.customerId,
        projectId: input.projectId,
        generatedKind: input.kind,
        milestoneId,
        kind: DOCUMENT_KIND[input.kind],
        title,
        fileName,
        contentType: 'application/pdf',
        sizeBytes: pdf.length,
        storageKey,
        shared: true,
        createdAt: ctx.now(),
      },
    ],
    skipDuplicates: true,
  });
  if (inserted.count === 0) {
    const theirs = await tx.document.findFirst({
      where: { projectId: input.projectId, generatedKind: input.kind, milestoneId },
      select: { id: true, title: true, customerId: true },
    });
    if (theirs) return { ...theirs, created: false, replaced: false };
    throw new Error('a generated document was neither filed nor found');
  }
  for (const action of ['document.added', 'document.shared'] as const) {
    await recordActivity(ctx, { tenantId, actorType: 'system', actorId: null, customerId: facts.customerId, subjectId: id, action });
  }
  await recordDocumentEvent(ctx, id, 'generated');
  await recordDocumentEvent(ctx, id, 'shared');
  await notifyCustomer(ctx, { customerId: facts.customerId, kind: 'documentShared', subject: { type: 'document', id }, params: { title } });
  return { id, title, customerId: facts.customerId, created: true, replaced: false };
}
