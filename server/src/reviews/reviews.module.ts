import { anyone, customer, sameAsParent } from '../graphql/guards.js';
import type { EndpointModule } from '../graphql/modules.js';
import { JobReviewResolver, ReviewPortalResolver } from './reviews.portal.resolver.js';

// Job.review is covered by the jobs domain's rule for the whole Job type (sameAsParent).
export const portal: EndpointModule = {
  resolvers: [ReviewPortalResolver, JobReviewResolver],
  rules: {
    Query: { myReviews: customer, publicReviews: anyone },
    Mutation: { submitReview: customer },
    Review: sameAsParent,
    ReviewConnection: sameAsParent,
    PublicReviewPage: sameAsParent,
    PublicReview: sameAsParent,
  },
};
