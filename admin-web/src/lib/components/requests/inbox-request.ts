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
