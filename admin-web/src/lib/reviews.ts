// A review as the reviews page shows it: loaded with the page, and the answer to each moderation or response.
import { graphql, useFragment, type FragmentType } from '$lib/gql';
import type { ReviewFieldsFragment } from '$lib/gql/graphql';

export const ReviewFields = graphql(`
  fragment ReviewFields on Review {
    id
    rating
    comment
    customerName
    jobTitle
    status
    createdAt
    publishedAt
    response
    respondedAt
  }
`);

export type Review = ReviewFieldsFragment;

export const reviewOf = (review: FragmentType<typeof ReviewFields>): Review => useFragment(ReviewFields, review);
