import { graphql, useFragment } from '$lib/gql';
import { PortalPrivacyRequestFields } from '$lib/privacy';
import { loadQuery } from '$lib/graphql/client';
import type { PageLoad } from './$types';

const PortalPrivacy = graphql(`
  query PortalPrivacy {
    privacy {
      isPrimary
      erasureBlockedReason
      notice {
        text
        version
        acceptedVersion
        acceptedAt
        mustAccept
      }
      requests {
        ...PortalPrivacyRequestFields
      }
    }
  }
`);

export const load: PageLoad = async (event) => {
  const { privacy } = await loadQuery(event, PortalPrivacy, {});
  return { privacy: { ...privacy, requests: privacy.requests.map((r) => useFragment(PortalPrivacyRequestFields, r)) } };
};
