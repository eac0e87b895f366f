import { graphql } from '$lib/gql';
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
    }
  }
`);

export const load: PageLoad = async (event) => {
  const { privacy } = await loadQuery(event, PortalPrivacy, {});
  return { privacy };
};
