import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import { cannedReplyRow } from '$lib/components/inbox/canned-replies';
import type { PageLoad } from './$types';

const CannedReplies = graphql(`
  query AdminCannedReplies {
    cannedReplies {
      ...CannedReplyFields
    }
  }
`);

/** Every member of staff may read them (the thread page inserts them); the office keeps them (the API's door). */
export const load: PageLoad = async (event) => {
  const { cannedReplies } = await loadQuery(event, CannedReplies, {});
  return { replies: cannedReplies.map(cannedReplyRow) };
};
