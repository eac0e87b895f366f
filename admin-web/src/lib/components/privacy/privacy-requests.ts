// The privacy requests' shared GraphQL fields and mutations (the list page and the customer page).
import { graphql } from '$lib/gql';

export const PrivacyRequestFields = graphql(`
  fragment PrivacyRequestFields on AdminPrivacyRequest {
    id
    kind
    status
    wholeAccount
    reason
    dueAt
    createdAt
    byStaff
    customerId
    customerName
    downloadUrl
  }
`);

export const AdminPrivacyRequests = graphql(`
  query AdminPrivacyRequests($status: PrivacyRequestStatus, $customerId: ID) {
    privacyRequests(status: $status, customerId: $customerId) {
      ...PrivacyRequestFields
    }
  }
`);

export const ConfirmErasure = graphql(`
  mutation AdminConfirmErasure($id: ID!) {
    confirmErasure(id: $id) {
      ...PrivacyRequestFields
    }
  }
`);

export const RejectErasure = graphql(`
  mutation AdminRejectErasure($id: ID!, $reason: String!) {
    rejectErasure(id: $id, reason: $reason) {
      ...PrivacyRequestFields
    }
  }
`);

export const RunCustomerDataExport = graphql(`
  mutation AdminRunCustomerDataExport($customerId: ID!) {
    runCustomerDataExport(customerId: $customerId) {
      ...PrivacyRequestFields
    }
  }
`);
