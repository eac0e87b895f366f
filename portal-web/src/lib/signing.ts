// The portal's side of electronic signatures: what the signing page reads of a request, and where it lives.
import { graphql } from '$lib/gql';
import { tenantPath } from '$lib/paths';

export const SigningRequestFields = graphql(`
  fragment SigningRequestFields on SigningRequest {
    id
    kind
    status
    title
    subjectId
    provider
    consentedAt
    codeExpiresAt
    codeSentTo
    signedAt
    signerName
    declinedAt
    cancelledAt
    documentUrl
    signedDocument {
      id
      fileName
      downloadUrl
      viewUrl
    }
  }
`);

/** The signing page's load depends on it: signing (or a DocuSign return) reads the request again. */
export const SIGNING = 'portal:signing';

/** The signing page of a request. */
export function signPath(slug: string, requestId: string, url?: URL): string {
  return tenantPath(slug, `/portal/sign/${requestId}`, url);
}
