import { graphql } from '$lib/gql';
import type { ReviewStatus } from '$lib/gql/graphql';
import { loadQuery } from '$lib/graphql/client';
import { reviewOf } from '$lib/reviews';
import type { PageLoad } from './$types';

const Reviews = graphql(`
  query AdminReviews($status: ReviewStatus) {
    reviews(status: $status, first: 50) {
      nodes {
        ...ReviewFields
      }
    }
  }
`);

const statuses: ReviewStatus[] = ['pending', 'published', 'rejected'];

/** Pending reviews first by default: they are what needs doing. */
export const load: PageLoad = async (event) => {
  const asked = event.url.searchParams.get('status') ?? 'pending';
  const status = statuses.find((s) => s === asked) ?? null;
  const { reviews } = await loadQuery(event, Reviews, { status });
  return { reviews: reviews.nodes.map(reviewOf), status, statuses };
};
