import { customer, sameAsParent } from '../graphql/guards.js';
import type { EndpointModule } from '../graphql/modules.js';
import { JobPortalResolver } from './jobs.portal.resolver.js';

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
