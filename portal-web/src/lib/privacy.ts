// A contact's privacy requests (issue 22): what the Privacy page shows of each, read by the page's
// load and answered by its two requests alike.
import { graphql } from '$lib/gql';

export const PortalPrivacyRequestFields = graphql(`
  fragment PortalPrivacyRequestFields on PrivacyRequest {
    id
    kind
    status
    wholeAccount
    reason
    dueAt
    expiresAt
    byteSize
    createdAt
    downloadUrl
  }
`);
