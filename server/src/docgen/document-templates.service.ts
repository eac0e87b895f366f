// The business's document templates: read (its own wording, else the default), saved after the
// placeholder rule, reset to the default, and previewed as the PDF a customer would receive.
import type { ScopedContext, StaffContext } from '../context/context.js';
import { LANGUAGES, checkedLanguage, type Language } from '../common/languages.js';
import type { GeneratedDocumentKind, Prisma } from '../generated/prisma/client.js';
import { recordStaffActivity } from '../activity/activity.js';
import { currentTenant } from '../platform/current-tenant.js';
import { portalHome } from '../communications/portal-links.js';
import { pdfBusiness } from '../pdf/branded-pdf.js';
import { pdfLogo } from '../pdf/business-logo.js';
import { DEFAULT_TEMPLATES } from './default-templates.js';
import { GENERATED_KINDS, checkTemplateBlocks, placeholdersFor, type TemplateBlock } from './template-placeholders.js';
import { renderProjectDocumentPdf } from './project-document-pdf.js';
import { sampleProjectFacts } from './sample-project.js';
import { projectDocumentFacts, warrantyMonthsOf } from './project-document-source.js';
import type { DocumentTemplate, DocumentTemplatePreview, DocumentTemplatePreviewInput, SaveDocumentTemplateInput } from './document-templates.types.js';

interface StoredTemplate {
  kind: GeneratedDocumentKind;
  locale: string;
  blocks: Prisma.JsonValue;
  updatedAt: Date;
}

/** Blocks read back from the database, keeping only well-formed ones (the table's check keeps them so). */
function storedBlocks(value: Prisma.JsonValue): TemplateBlock[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    if (item && typeof item === 'object' && !Array.isArray(item) && typeof item.heading === 'string' && typeof item.body === 'string')
      return [{ heading: item.heading, body: item.body }];
    return [];
  });
}

function toTemplate(kind: GeneratedDocumentKind, locale: Language, row: StoredTemplate | null): DocumentTemplate {
  const blocks = row ? storedBlocks(row.blocks) : [];
  const customized = row !== null && blocks.length > 0;
  return {
    kind,
    locale,
    blocks: customized ? blocks : DEFAULT_TEMPLATES[kind][locale].map((block) => ({ ...block })),
    isCustomized: customized,
    updatedAt: customized ? row.updatedAt : null,
    placeholders: placeholdersFor(kind),
  };
}

/** Every kind in every language, the business's wording where it has one. */
export async function listDocumentTemplates(ctx: StaffContext): Promise<DocumentTemplate[]> {
  const rows = await ctx.tx.documentTemplate.findMany({ select: { kind: true, locale: true, blocks: true, updatedAt: true } });
  return GENERATED_KINDS.flatMap((kind) => LANGUAGES.map((locale) => toTemplate(kind, locale, rows.find((row) => row.kind === kind && row.locale === locale) ?? null)));
}

export async function getDocumentTemplate(ctx: ScopedContext, kind: GeneratedDocumentKind, locale: string): Promise<DocumentTemplate> {
  const language = checkedLanguage('locale', locale);
  const row = await ctx.tx.documentTemplate.findFirst({ where: { kind, locale: language }, select: { kind: true, locale: true, blocks: true, updatedAt: true } });
  return toTemplate(kind, language, row);
}

export async function saveDocumentTemplate(ctx: StaffContext, input: SaveDocumentTemplateInput): Promise<DocumentTemplate> {
  const { principal } = ctx;
  const language = checkedLanguage('locale', input.locale);
  const blocks = checkTemplateBlocks(input.kind, input.blocks);
  const data = { blocks: blocks.map((block) => ({ ...block })), updatedAt: ctx.now(), updatedBy: principal.staffUserId };
  const row = await ctx.tx.documentTemplate.upsert({
    where: { tenantId_kind_locale: { tenantId: principal.tenantId, kind: input.kind, locale: language } },
    create: { tenantId: principal.tenantId, kind: input.kind, locale: language, ...data },
    update: data,
    select: { kind: true, locale: true, blocks: true, updatedAt: true },
  });
  await recordStaffActivity(ctx, 'tenant.settings_updated', { subjectId: principal.tenantId });
  return toTemplate(input.kind, language, row);
}

/** Back to the built-in wording; answers the template as it now is. */
export async function resetDocumentTemplate(ctx: StaffContext, kind: GeneratedDocumentKind, locale: string): Promise<DocumentTemplate> {
  const language = checkedLanguage('locale', locale);
  const removed = await ctx.tx.documentTemplate.deleteMany({ where: { kind, locale: language } });
  if (removed.count) await recordStaffActivity(ctx, 'tenant.settings_updated', { subjectId: ctx.principal.tenantId });
  return toTemplate(kind, language, null);
}

/** The blocks a document is written from: the business's template for the kind and language, else the default. */
export async function templateBlocks(ctx: ScopedContext, kind: GeneratedDocumentKind, language: Language): Promise<TemplateBlock[]> {
  return (await getDocumentTemplate(ctx, kind, language)).blocks;
}

/**
 * The PDF a template makes: the unsaved blocks given (checked like a save) or the saved ones,
 * filled in with one of the business's projects or a made-up one, in the preview's language.
 */
export async function previewDocumentTemplate(ctx: StaffContext, input: DocumentTemplatePreviewInput): Promise<DocumentTemplatePreview> {
  const language = checkedLanguage('locale', input.locale);
  const blocks = input.blocks ? checkTemplateBlocks(input.kind, input.blocks) : await templateBlocks(ctx, input.kind, language);
  const tenant = await currentTenant(ctx);
  const facts = input.projectId
    ? await projectDocumentFacts(ctx, { projectId: input.projectId, kind: input.kind, milestoneId: null, language })
    : sampleProjectFacts({
        kind: input.kind,
        language,
        business: pdfBusiness(tenant),
        logo: await pdfLogo(ctx, tenant),
        portalUrl: portalHome(ctx.deps.config.portalUrl, tenant),
        warrantyMonths: warrantyMonthsOf(tenant),
        renderedAt: ctx.now(),
      });
  const pdf = await renderProjectDocumentPdf(facts, blocks);
  return { fileName: `preview-${input.kind.toLowerCase().replace(/_/g, '-')}-${language}.pdf`, contentType: 'application/pdf', base64: pdf.toString('base64') };
}
