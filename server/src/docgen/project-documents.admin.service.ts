// Staff's side of a project's generated documents: writing one again on demand.
import type { StaffContext } from '../context/context.js';
import type { GeneratedDocumentKind } from '../generated/prisma/enums.js';
import { BadInput, NotFound } from '../errors/errors.js';
import { adminDocumentSelect } from '../documents/documents.view.js';
import type { AdminDocument } from '../documents/documents.admin.types.js';
import { fileProjectDocument } from './generate-project-document.js';

/**
 * Staff's "write it again": the document of that kind (and milestone) regenerated from the
 * current template and project, in place of the one filed, or filed now if there was none.
 */
export async function regenerateProjectDocument(ctx: StaffContext, projectId: string, kind: GeneratedDocumentKind, milestoneId: string | null): Promise<AdminDocument> {
  if (kind === 'PROGRESS_REPORT' && !milestoneId) throw new BadInput('milestoneId', 'Choose the milestone the report is about.', 'REQUIRED');
  if (kind !== 'PROGRESS_REPORT' && milestoneId) throw new BadInput('milestoneId', 'Only a progress report is about a milestone.', 'MILESTONE_ONLY_FOR_REPORT');
  const filed = await fileProjectDocument(ctx, { projectId, kind, milestoneId, replace: true });
  const row = await ctx.tx.document.findFirst({ where: { id: filed.id }, select: adminDocumentSelect });
  if (!row) throw new NotFound('This document');
  return row;
}
