import { sameAsParent, type EndpointModule } from '../platform/door.js';
import { DocumentTemplateAdminResolver, ProjectDocumentAdminResolver } from './document-templates.admin.resolver.js';

// Who may call each operation is on its resolver method (@Allow); these are the types' rules.
export const admin: EndpointModule = {
  resolvers: [DocumentTemplateAdminResolver, ProjectDocumentAdminResolver],
  rules: { DocumentTemplate: sameAsParent, TemplateBlock: sameAsParent, DocumentTemplatePreview: sameAsParent },
};
