import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { StaffContext } from '../context/context.js';
import { GeneratedDocumentKind } from '../generated/prisma/enums.js';
import { Allow, managers, office } from '../platform/door.js';
import { AdminDocument } from '../documents/documents.admin.types.js';
import { getDocumentTemplate, listDocumentTemplates, previewDocumentTemplate, resetDocumentTemplate, saveDocumentTemplate } from './document-templates.service.js';
import { regenerateProjectDocument } from './project-documents.admin.service.js';
import { DocumentTemplate, DocumentTemplatePreview, DocumentTemplatePreviewInput, SaveDocumentTemplateInput } from './document-templates.types.js';

// Owners and admins: the wording customers receive is part of the business's settings.
@Resolver(() => DocumentTemplate)
export class DocumentTemplateAdminResolver {
  @Allow(managers)
  @Query(() => [DocumentTemplate], { description: 'Every kind of generated document in every language, with whether the business changed the default wording.' })
  documentTemplates(@Ctx() ctx: StaffContext): Promise<DocumentTemplate[]> {
    return listDocumentTemplates(ctx);
  }

  @Allow(managers)
  @Query(() => DocumentTemplate)
  documentTemplate(
    @Ctx() ctx: StaffContext,
    @Arg('kind', () => GeneratedDocumentKind) kind: GeneratedDocumentKind,
    @Arg('locale', () => String) locale: string,
  ): Promise<DocumentTemplate> {
    return getDocumentTemplate(ctx, kind, locale);
  }

  @Allow(managers)
  @Mutation(() => DocumentTemplate, { description: 'Saves the business’s wording for one kind and language; documents generated from now on use it.' })
  saveDocumentTemplate(@Ctx() ctx: StaffContext, @Arg('input', () => SaveDocumentTemplateInput) input: SaveDocumentTemplateInput): Promise<DocumentTemplate> {
    return saveDocumentTemplate(ctx, input);
  }

  @Allow(managers)
  @Mutation(() => DocumentTemplate, { description: 'Goes back to the built-in wording for one kind and language.' })
  resetDocumentTemplate(
    @Ctx() ctx: StaffContext,
    @Arg('kind', () => GeneratedDocumentKind) kind: GeneratedDocumentKind,
    @Arg('locale', () => String) locale: string,
  ): Promise<DocumentTemplate> {
    return resetDocumentTemplate(ctx, kind, locale);
  }

  // A mutation, not a query: it takes unsaved text and does the work of a whole document.
  @Allow(managers)
  @Mutation(() => DocumentTemplatePreview, {
    description: 'Renders a template (as saved, or unsaved blocks) as the PDF a customer would receive, with a made-up project or one of the business’s.',
  })
  previewDocumentTemplate(@Ctx() ctx: StaffContext, @Arg('input', () => DocumentTemplatePreviewInput) input: DocumentTemplatePreviewInput): Promise<DocumentTemplatePreview> {
    return previewDocumentTemplate(ctx, input);
  }
}

@Resolver(() => AdminDocument)
export class ProjectDocumentAdminResolver {
  // The office, like the other project changes (projects.admin.resolver.ts).
  @Allow(office, { feature: 'projects' })
  @Mutation(() => AdminDocument, {
    description:
      'Writes a project’s generated document again from the current template and project (a progress report: give its milestone), in place of the one filed, shared with the customer.',
  })
  regenerateProjectDocument(
    @Ctx() ctx: StaffContext,
    @Arg('projectId', () => ID) projectId: string,
    @Arg('kind', () => GeneratedDocumentKind) kind: GeneratedDocumentKind,
    @Arg('milestoneId', () => ID, { nullable: true }) milestoneId: string | null,
  ): Promise<AdminDocument> {
    return regenerateProjectDocument(ctx, projectId, kind, milestoneId ?? null);
  }
}
