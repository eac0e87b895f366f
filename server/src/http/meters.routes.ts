// Meters over plain HTTP: PUT a photo of a counter, GET a reading's photo (behind the meters
// feature, like the GraphQL operations), and the collection agents' REST endpoint.
import { fileRoute, uploadRoute, type RestRoutes } from './rest.js';
import { MAX_UPLOAD_BYTES, receiveUpload } from '../requests/uploads.service.js';
import { meterPhotoFile } from '../meters/meters.service.js';
import { meterReadingsApi } from '../meters/meter-readings.api.js';

export const meterRoutes: RestRoutes = (app, deps) => {
  uploadRoute(app, deps, 'meter-photo-upload', MAX_UPLOAD_BYTES, receiveUpload, { customer: 'meters', staff: 'meters' });
  fileRoute(app, deps, 'meter-photo', meterPhotoFile, { customer: 'meters', staff: 'meters' });
  meterReadingsApi(app, deps);
};
