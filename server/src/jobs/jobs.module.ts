import { sameAsParent } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { JobPortalResolver } from './jobs.portal.resolver.js';
import { InternalNoteAdminResolver, JobAdminResolver } from './jobs.admin.resolver.js';

// Who may call each operation is on its resolver method (@Allow); these are the types' rules.
export const portal: EndpointModule = {
  resolvers: [JobPortalResolver],
  rules: {
    // One rule for the whole type, so fields other domains add to Job are covered too.
    Job: sameAsParent,
    JobConnection: sameAsParent,
    JobServiceType: sameAsParent,
    PartUsed: sameAsParent,
  },
};

// Office staff run dispatch. Technicians read and work their own jobs only: row-level security
// shows a technician's transaction only the jobs assigned to them (and their internal notes).
export const admin: EndpointModule = {
  resolvers: [JobAdminResolver, InternalNoteAdminResolver],
  // A retried announcement must not email the customer twice.
  idempotent: ['createJob', 'addInternalNote', 'announceOnMyWay', 'markArrived'],
  rules: {
    AdminJob: sameAsParent,
    AdminJobConnection: sameAsParent,
    DispatchBoard: sameAsParent,
    DispatchDay: sameAsParent,
    DispatchLane: sameAsParent,
    InternalNote: sameAsParent,
    MyDay: sameAsParent,
    JobServiceType: sameAsParent,
    PartUsed: sameAsParent,
  },
};
