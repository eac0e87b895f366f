// Files of service requests over plain HTTP: PUT an upload, GET an attachment. Their doors say which
// feature each file serves, as @Allow does for the GraphQL operations.
import { fileRoute, uploadRoute, type RestRoutes } from './rest.js';
import { requestAttachmentFile } from '../requests/requests.service.js';
import { MAX_UPLOAD_BYTES, receiveUpload } from '../requests/uploads.service.js';

export const requestRoutes: RestRoutes = (app, deps) => {
  // Uploads are request attachments for customers and documents for staff.
  uploadRoute(app, deps, 'uploads', MAX_UPLOAD_BYTES, receiveUpload, { customer: 'requests', staff: 'documents' });
  // Customers get their own requests' attachments, staff their tenant's; anything else is NOT_FOUND.
  fileRoute(app, deps, 'attachment', requestAttachmentFile, { customer: 'requests' });
};
