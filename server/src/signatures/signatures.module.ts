import { sameAsParent, type EndpointModule } from '../platform/door.js';
import { DocumentSigningPortalResolver, SigningRequestPortalResolver } from './signatures.portal.resolver.js';
import { DocumentSigningAdminResolver, SigningRequestAdminResolver } from './signatures.admin.resolver.js';

// Who may call each operation is on its resolver method (@Allow); these are the types' rules.
// Document.signingRequest / AdminDocument.signingRequest fall under the documents module's rules.
export const portal: EndpointModule = {
  resolvers: [SigningRequestPortalResolver, DocumentSigningPortalResolver],
  rules: { SigningRequest: sameAsParent, SignaturePlacement: sameAsParent, SigningDisclosure: sameAsParent, SignatureVerification: sameAsParent },
};

export const admin: EndpointModule = {
  resolvers: [SigningRequestAdminResolver, DocumentSigningAdminResolver],
  rules: { AdminSigningRequest: sameAsParent, SignaturePlacement: sameAsParent, SignatureEvent: sameAsParent, SignatureSettings: sameAsParent },
};
