import { graphql, useFragment } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import { SIGNING, SigningRequestFields } from '$lib/signing';
import type { PageLoad } from './$types';
import { liveDepends } from '@portico/web-shared/graphql/live';

const PortalSigningRequest = graphql(`
  query PortalSigningRequest($id: ID!) {
    signingRequest(id: $id) {
      ...SigningRequestFields
    }
    signingDisclosure {
      version
      title
      text
    }
    me {
      id
      name
    }
  }
`);

export const load: PageLoad = async (event) => {
  liveDepends(event, 'DOCUMENT');
  event.depends(SIGNING);
  const { signingRequest, signingDisclosure, me } = await loadQuery(event, PortalSigningRequest, { id: event.params.requestId });
  // Back from DocuSign's signing page: it says how it ended (signing_complete, cancel, decline…).
  const docusignEvent = event.url.searchParams.get('event');
  return { request: useFragment(SigningRequestFields, signingRequest), disclosure: signingDisclosure, signerName: me.name, docusignEvent };
};
