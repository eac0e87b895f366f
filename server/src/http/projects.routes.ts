// Photos of projects over plain HTTP: PUT a photo to a project's upload link (staff), GET a photo
// or its thumbnail (whoever may see the project). All behind the projects feature; who sees which
// project is row-level security's answer.
import { fileRoute, uploadRoute, type FileDoor, type RestRoutes } from './rest.js';
import { MAX_PHOTO_BYTES, projectPhotoFile, receiveProjectPhoto } from '../projects/project-photos.js';

const door: FileDoor = { customer: 'projects', staff: 'projects' };

export const projectRoutes: RestRoutes = (app, deps) => {
  uploadRoute(app, deps, 'project-photos', MAX_PHOTO_BYTES, receiveProjectPhoto, door);
  fileRoute(app, deps, 'project-photo', (ctx, id) => projectPhotoFile(ctx, id, 'display'), door);
  fileRoute(app, deps, 'project-photo-thumbnail', (ctx, id) => projectPhotoFile(ctx, id, 'thumbnail'), door);
};
