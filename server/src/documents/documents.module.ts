import { office, sameAsParent } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { DocumentPortalResolver } from './documents.portal.resolver.js';
import { DocumentAdminResolver } from './documents.admin.resolver.js';

// Who may call each operation is on its resolver method (@Allow); these are the types' rules.
export const portal: EndpointModule = {
  resolvers: [DocumentPortalResolver],
  rules: { Document: sameAsParent, DocumentConnection: sameAsParent, MyDocumentAccess: sameAsParent, MyDocumentAccessConnection: sameAsParent },
};

// Every role: a technician's documents are those of their own jobs (documents.admin.service.ts).
// A document's access history is the office's (row-level security hides it from technicians too).
export const admin: EndpointModule = {
  resolvers: [DocumentAdminResolver],
  rules: {
    AdminDocument: { '*': sameAsParent, accessHistory: office },
    AdminDocumentConnection: sameAsParent,
    AttachmentUpload: sameAsParent,
    DocumentAccessEvent: sameAsParent,
    DocumentAccessEventConnection: sameAsParent,
  },
};
