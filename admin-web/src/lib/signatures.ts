// Signing requests as the admin screens show them: the audit trail, the signed PDF, and where staff place the signature.
import { graphql, useFragment, type FragmentType } from '$lib/gql';
import type { AdminSigningRequestFieldsFragment, SigningStatus } from '$lib/gql/graphql';

export const AdminSigningRequestFields = graphql(`
  fragment AdminSigningRequestFields on AdminSigningRequest {
    id
    kind
    status
    title
    provider
    documentId
    signedDocumentId
    placement {
      page
    }
    createdAt
    consentedAt
    codeVerifiedAt
    signedAt
    signerName
    signerEmail
    signerIp
    signerUserAgent
    declinedAt
    declineReason
    cancelledAt
    originalSha256
    signedSha256
    disclosureVersion
    events {
      id
      kind
      actorType
      at
      ip
      userAgent
    }
  }
`);

/** The business's signature provider, as the settings show it (secrets: only whether they are set). */
export const SignatureSettingsFields = graphql(`
  fragment SignatureSettingsFields on SignatureSettings {
    provider
    docusignAccountId
    docusignIntegrationKey
    docusignUserId
    docusignBasePath
    docusignOAuthBasePath
    docusignPrivateKeySet
    docusignHmacKeySet
  }
`);

export type SigningRequestView = AdminSigningRequestFieldsFragment;
export const signingRequestView = (request: FragmentType<typeof AdminSigningRequestFields>): SigningRequestView => useFragment(AdminSigningRequestFields, request);

export function signingTone(status: SigningStatus): 'neutral' | 'info' | 'success' | 'warning' | 'danger' {
  return status === 'SIGNED' ? 'success' : status === 'PENDING' ? 'info' : status === 'DECLINED' ? 'danger' : 'neutral';
}

/** Where on the page staff may put the signature: a simple choice of area, turned into PDF points. */
export type SignatureArea = 'bottomLeft' | 'bottomCenter' | 'bottomRight';
export const SIGNATURE_AREAS: readonly SignatureArea[] = ['bottomLeft', 'bottomCenter', 'bottomRight'];

// A 200 × 50 pt box 1 inch above the bottom edge; fits both A4 (595 pt wide) and US Letter (612 pt).
const BOX = { width: 200, height: 50, y: 72 };
const X: Record<SignatureArea, number> = { bottomLeft: 56, bottomCenter: 198, bottomRight: 339 };

export function placementOf(page: number, area: SignatureArea) {
  return { page, x: X[area], y: BOX.y, width: BOX.width, height: BOX.height };
}
