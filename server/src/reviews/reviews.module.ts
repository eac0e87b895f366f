import { sameAsParent } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { JobReviewResolver, ReviewPortalResolver } from './reviews.portal.resolver.js';
import { ReviewAdminResolver } from './reviews.admin.resolver.js';

// Who may call each operation is on its resolver method (@Allow): customers their own reviews,
// anyone the published ones, owners and admins what the business says publicly. These are the
// types' rules. Job.review is covered by the jobs domain's rule for the whole Job type (sameAsParent).
export const portal: EndpointModule = {
  resolvers: [ReviewPortalResolver, JobReviewResolver],
  idempotent: ['submitReview'],
  rules: {
    Review: sameAsParent,
    ReviewConnection: sameAsParent,
    PublicReviewPage: sameAsParent,
    PublicReview: sameAsParent,
  },
};

export const admin: EndpointModule = {
  resolvers: [ReviewAdminResolver],
  rules: {
    Review: sameAsParent,
    ReviewConnection: sameAsParent,
  },
};
