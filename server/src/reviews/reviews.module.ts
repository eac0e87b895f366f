import { anyone, customer, sameAsParent, staff } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { JobReviewResolver, ReviewPortalResolver } from './reviews.portal.resolver.js';
import { ReviewAdminResolver } from './reviews.admin.resolver.js';

// Job.review is covered by the jobs domain's rule for the whole Job type (sameAsParent).
export const portal: EndpointModule = {
  resolvers: [ReviewPortalResolver, JobReviewResolver],
  idempotent: ['submitReview'],
  rules: {
    Query: { myReviews: customer, publicReviews: anyone },
    Mutation: { submitReview: customer },
    Review: sameAsParent,
    ReviewConnection: sameAsParent,
    PublicReviewPage: sameAsParent,
    PublicReview: sameAsParent,
  },
};

// What the business says publicly is for owners and admins.
const moderates = staff('owner', 'admin');

export const admin: EndpointModule = {
  resolvers: [ReviewAdminResolver],
  rules: {
    Query: { reviews: moderates },
    Mutation: { publishReview: moderates, rejectReview: moderates, respondToReview: moderates },
    Review: sameAsParent,
    ReviewConnection: sameAsParent,
  },
};
