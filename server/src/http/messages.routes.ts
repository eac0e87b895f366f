// Files of messages over plain HTTP: PUT an attachment's upload, GET an attachment. Messaging is no
// tenant feature, so neither door names one; who sees which file is row-level security's answer.
import { fileRoute, uploadRoute, type RestRoutes } from './rest.js';
import { messageAttachmentFile } from '../messaging/messaging.service.js';
import { MAX_UPLOAD_BYTES, receiveUpload } from '../requests/uploads.service.js';

export const messageRoutes: RestRoutes = (app, deps) => {
  uploadRoute(app, deps, 'message-upload', MAX_UPLOAD_BYTES, receiveUpload);
  fileRoute(app, deps, 'message-attachment', messageAttachmentFile);
};
