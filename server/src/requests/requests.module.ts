import { sameAsParent } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { RequestAttachmentResolver, ServiceRequestPortalResolver } from './requests.portal.resolver.js';
import { ResponsePromiseAdminResolver, ServiceRequestAdminResolver } from './requests.admin.resolver.js';

// Who may call each operation, with the requests feature on, is on its resolver method (@Allow):
// customers their own requests, the office the inbox (technicians get FORBIDDEN). These are the types' rules.
export const portal: EndpointModule = {
  resolvers: [ServiceRequestPortalResolver, RequestAttachmentResolver],
  idempotent: ['submitServiceRequest'],
  rules: {
    ServiceRequest: sameAsParent,
    ServiceRequestConnection: sameAsParent,
    RequestAttachment: sameAsParent,
    AttachmentUpload: sameAsParent,
    RequestResponsePromise: sameAsParent,
  },
};

export const admin: EndpointModule = {
  resolvers: [ServiceRequestAdminResolver, RequestAttachmentResolver, ResponsePromiseAdminResolver],
  rules: {
    RequestResponsePromise: sameAsParent,
    AdminServiceRequest: sameAsParent,
    AdminServiceRequestConnection: sameAsParent,
    RequestAttachment: sameAsParent,
  },
};
