import { anyStaff, customer, sameAsParent } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { DocumentPortalResolver } from './documents.portal.resolver.js';
import { DocumentAdminResolver } from './documents.admin.resolver.js';

export const portal: EndpointModule = {
  resolvers: [DocumentPortalResolver],
  rules: { Query: { documents: customer, document: customer }, Document: sameAsParent, DocumentConnection: sameAsParent },
};

// Every role: a technician's documents are those of their own jobs (documents.admin.service.ts).
export const admin: EndpointModule = {
  resolvers: [DocumentAdminResolver],
  rules: {
    Query: { documents: anyStaff },
    Mutation: { createDocumentUpload: anyStaff, createDocument: anyStaff, setDocumentShared: anyStaff },
    AdminDocument: sameAsParent,
    AdminDocumentConnection: sameAsParent,
    AttachmentUpload: sameAsParent,
  },
};
