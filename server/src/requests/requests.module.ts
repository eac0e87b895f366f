import { customer, sameAsParent } from '../graphql/guards.js';
import type { EndpointModule } from '../graphql/modules.js';
import { RequestAttachmentResolver, ServiceRequestPortalResolver } from './requests.portal.resolver.js';

export const portal: EndpointModule = {
  resolvers: [ServiceRequestPortalResolver, RequestAttachmentResolver],
  rules: {
    Query: { serviceRequests: customer, serviceRequest: customer },
    Mutation: { createAttachmentUpload: customer, submitServiceRequest: customer },
    ServiceRequest: sameAsParent,
    ServiceRequestConnection: sameAsParent,
    RequestAttachment: sameAsParent,
    AttachmentUpload: sameAsParent,
  },
};
