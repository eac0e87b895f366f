import { customer, sameAsParent } from '../graphql/guards.js';
import type { EndpointModule } from '../graphql/modules.js';
import { DocumentPortalResolver } from './documents.portal.resolver.js';

export const portal: EndpointModule = {
  resolvers: [DocumentPortalResolver],
  rules: { Query: { documents: customer, document: customer }, Document: sameAsParent, DocumentConnection: sameAsParent },
};
