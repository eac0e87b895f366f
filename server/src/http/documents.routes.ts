import { fileRoute, type RestRoutes } from './rest.js';
import { downloadDocument } from '../documents/documents.service.js';

export const documentRoutes: RestRoutes = (app, deps) => {
  fileRoute(app, deps, 'document', downloadDocument, { customer: 'documents' });
};
