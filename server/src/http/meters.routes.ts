// Meters over plain HTTP: PUT a photo of a counter, GET a reading's photo (behind the meters
// feature, like the GraphQL operations). The collection agents' endpoint is meter-readings.routes.ts.
import { fileRoute, uploadRoute, type RestRoutes } from './rest.js';
import { MAX_UPLOAD_BYTES, receiveUpload } from '../requests/uploads.service.js';
import { meterPhotoFile } from '../meters/meters.service.js';

export const meterRoutes: RestRoutes = (app, deps) => {
  uploadRoute(app, deps, 'meter-photo-upload', MAX_UPLOAD_BYTES, receiveUpload, { customer: 'meters', staff: 'meters' });
  fileRoute(app, deps, 'meter-photo', meterPhotoFile, { customer: 'meters', staff: 'meters' });
};
