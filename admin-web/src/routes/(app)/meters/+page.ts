import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import type { PageLoad } from './$types';

const ReadingsForReview = graphql(`
  query ReadingsForReview($after: String) {
    meterReadingsForReview(first: 50, after: $after) {
      nodes {
        id
        value
        readAt
        source
        flagReason
        expectedValue
        resetsCounter
        photoUrl
        customer {
          id
          name
        }
        asset {
          id
          name
          model
        }
        meter {
          id
          label
          lastReading {
            id
            value
            readAt
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The readings the validation flagged, oldest first; `?after=` pages. */
export const load: PageLoad = async (event) => {
  const { features } = await event.parent();
  if (!features.meters) return { featureOff: true as const };
  const after = event.url.searchParams.get('after') || null;
  const { meterReadingsForReview } = await loadQuery(event, ReadingsForReview, { after });
  return { featureOff: false as const, readings: meterReadingsForReview.nodes, pageInfo: meterReadingsForReview.pageInfo, paged: after !== null };
};
