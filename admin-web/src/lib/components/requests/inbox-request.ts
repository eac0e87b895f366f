// A service request as its page shows it: the page loads it, and each write on it (reviewed,
// declined, converted to a job) answers with it.
import { graphql, useFragment, type FragmentType } from '$lib/gql';
import type { InboxRequestFieldsFragment } from '$lib/gql/graphql';

export const InboxRequestFields = graphql(`
  fragment InboxRequestFields on AdminServiceRequest {
    id
    customerId
    customerName
    description
    urgency
    status
    createdAt
    updatedAt
    preferredAt
    preferredUntil
    respondBy
    firstResponseAt
    overdue
    respondedLate
    declineReason
    assetId
    assetName
    attachments {
      id
      fileName
      contentType
      sizeBytes
      url
    }
    job {
      id
      title
      localDate
      localStartTime
      technicianName
    }
  }
`);

export type InboxRequest = InboxRequestFieldsFragment;

export const inboxRequest = (request: FragmentType<typeof InboxRequestFields>): InboxRequest => useFragment(InboxRequestFields, request);

/** The visit time the customer asked for: a moment, or a window on one day ("Dec 8, 8:00 AM – 11:00 AM"). */
export function preferredTime(format: { dateTime: (instant: string) => string; time: (instant: string) => string }, at: string, until: string | null): string {
  return until ? `${format.dateTime(at)} – ${format.time(until)}` : format.dateTime(at);
}
