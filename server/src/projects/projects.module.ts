import { sameAsParent } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { ProjectPhotoResolver, ProjectPortalResolver } from './projects.portal.resolver.js';
import { ProjectAdminResolver } from './projects.admin.resolver.js';

// Who may call each operation is on its resolver method (@Allow, with the projects feature):
// customers their own projects, staff the business's (row-level security keeps technicians to
// the projects on which they have a visit), the office changes them. These are the types' rules.
const rules = {
  ProjectPhase: sameAsParent,
  ProjectMilestone: sameAsParent,
  ProjectDelay: sameAsParent,
  ProjectPhoto: sameAsParent,
};

export const portal: EndpointModule = {
  resolvers: [ProjectPortalResolver, ProjectPhotoResolver],
  rules: { ...rules, Project: sameAsParent, ProjectConnection: sameAsParent },
};

export const admin: EndpointModule = {
  resolvers: [ProjectAdminResolver, ProjectPhotoResolver],
  // Creates a network retry could make twice (a delay would also tell the customer twice).
  idempotent: ['createProject', 'addProjectPhase', 'addProjectMilestone', 'reportProjectDelay'],
  rules: { ...rules, AdminProject: sameAsParent, AdminProjectConnection: sameAsParent, ProjectPhotoUpload: sameAsParent },
};
