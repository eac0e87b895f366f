import { customer, sameAsParent, staff } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { RequestAttachmentResolver, ServiceRequestPortalResolver } from './requests.portal.resolver.js';
import { ServiceRequestAdminResolver } from './requests.admin.resolver.js';

export const portal: EndpointModule = {
  resolvers: [ServiceRequestPortalResolver, RequestAttachmentResolver],
  idempotent: ['submitServiceRequest'],
  rules: {
    Query: { serviceRequests: customer, serviceRequest: customer },
    Mutation: { createAttachmentUpload: customer, submitServiceRequest: customer },
    ServiceRequest: sameAsParent,
    ServiceRequestConnection: sameAsParent,
    RequestAttachment: sameAsParent,
    AttachmentUpload: sameAsParent,
  },
};

// The inbox is office work: technicians get FORBIDDEN.
const office = staff('owner', 'admin', 'dispatcher');

export const admin: EndpointModule = {
  resolvers: [ServiceRequestAdminResolver, RequestAttachmentResolver],
  rules: {
    Query: { serviceRequestsInbox: office, inboxRequest: office },
    Mutation: { markRequestReviewed: office, convertRequestToJob: office, declineRequest: office },
    AdminServiceRequest: sameAsParent,
    AdminServiceRequestConnection: sameAsParent,
    RequestAttachment: sameAsParent,
  },
};
