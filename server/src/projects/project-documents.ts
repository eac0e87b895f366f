// The generated documents of a project's life (docgen's `generate_project_document` task): a
// welcome pack at the first start, a progress report per milestone reached, a completion
// certificate and a warranty at completion. Queued in the writing transaction (a rolled-back
// change queues nothing), with a job key per project, kind and milestone (a retry queues no second one).
import type { ScopedContext } from '../context/context.js';

export type ProjectDocumentKind = 'WELCOME_PACK' | 'PROGRESS_REPORT' | 'COMPLETION_CERTIFICATE' | 'WARRANTY';

/** The job's payload, as docgen reads it. */
export interface ProjectDocumentJob {
  tenantId: string;
  projectId: string;
  kind: ProjectDocumentKind;
  milestoneId?: string;
}

export const PROJECT_DOCUMENT_TASK = 'generate_project_document';

export async function queueProjectDocument(ctx: ScopedContext, projectId: string, kind: ProjectDocumentKind, milestoneId: string | null = null): Promise<void> {
  await ctx.tx.$executeRaw`SELECT queue_project_document(${projectId}::uuid, ${kind}, ${milestoneId}::uuid)`;
}
