// The canned replies' fields, shared by their settings page and the thread page's picker.
import { graphql, useFragment, type FragmentType } from '$lib/gql';
import type { CannedReplyFieldsFragment } from '$lib/gql/graphql';

export const CannedReplyFields = graphql(`
  fragment CannedReplyFields on CannedReply {
    id
    title
    bodies {
      locale
      text
    }
  }
`);

export type CannedReplyRow = CannedReplyFieldsFragment;
export const cannedReplyRow = (row: FragmentType<typeof CannedReplyFields>): CannedReplyRow => useFragment(CannedReplyFields, row);

/** By title, as the API lists them. */
export function byTitle(rows: CannedReplyRow[]): CannedReplyRow[] {
  return [...rows].sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}
