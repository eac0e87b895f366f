import { fileRoute, type RestRoutes } from '../http/rest.js';
import { downloadDocument } from './documents.service.js';

export const documentRoutes: RestRoutes = (app, deps) => fileRoute(app, deps, 'document', downloadDocument);
