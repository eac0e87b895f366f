import { customer, sameAsParent } from '../graphql/guards.js';
import type { EndpointModule } from '../graphql/modules.js';
import { JobPortalResolver } from './jobs.portal.resolver.js';

export const portal: EndpointModule = {
  resolvers: [JobPortalResolver],
  rules: {
    Query: { jobs: customer, job: customer },
    Job: sameAsParent,
    JobConnection: sameAsParent,
    Site: sameAsParent,
    PartUsed: sameAsParent,
  },
};
