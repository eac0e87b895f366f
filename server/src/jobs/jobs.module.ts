import { anyStaff, customer, sameAsParent, staff } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { JobPortalResolver } from './jobs.portal.resolver.js';
import { InternalNoteAdminResolver, JobAdminResolver } from './jobs.admin.resolver.js';

export const portal: EndpointModule = {
  resolvers: [JobPortalResolver],
  rules: {
    Query: { jobs: customer, job: customer, serviceHistory: customer },
    // One rule for the whole type, so fields other domains add to Job are covered too.
    Job: sameAsParent,
    JobConnection: sameAsParent,
    JobServiceType: sameAsParent,
    PartUsed: sameAsParent,
  },
};

// Office staff run dispatch. Technicians read and work their own jobs only: the service adds
// `technicianId = me` to every job query of theirs (jobs.admin.service.ts visibleJobs).
const office = staff('owner', 'admin', 'dispatcher');

export const admin: EndpointModule = {
  resolvers: [JobAdminResolver, InternalNoteAdminResolver],
  idempotent: ['createJob', 'addInternalNote'],
  rules: {
    Query: { dispatchBoard: anyStaff, adminJobs: anyStaff, adminJob: anyStaff, myDay: anyStaff },
    Mutation: {
      createJob: office,
      assignJob: office,
      moveJob: office,
      setJobStatus: anyStaff,
      updateJobNotes: anyStaff,
      // A technician notes their own jobs: the service reaches only those (visibleJob).
      addInternalNote: anyStaff,
      setPartsUsed: anyStaff,
    },
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
