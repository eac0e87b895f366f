// A ready privacy export's ZIP behind the signed link of PrivacyRequest.downloadUrl.
import { fileRoute, type RestRoutes } from './rest.js';
import { privacyExportFile } from '../privacy/privacy.service.js';

export const privacyRoutes: RestRoutes = (app, deps) => {
  fileRoute(app, deps, 'privacy-export', privacyExportFile);
};
