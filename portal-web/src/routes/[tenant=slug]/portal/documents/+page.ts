import { error } from '@sveltejs/kit';
import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import type { DocumentKind } from '$lib/gql/graphql';
import type { PageLoad } from './$types';
import { liveDepends } from '@portico/web-shared/graphql/live';
import { requireRight } from '$lib/contacts';

const PortalDocuments = graphql(`
  query PortalDocuments($kind: DocumentKind, $after: String) {
    documents(kind: $kind, first: 20, after: $after) {
      nodes {
        id
        title
        kind
        fileName
        contentType
        sizeBytes
        createdAt
        downloadUrl
        viewUrl
        jobId
        signingRequest {
          id
          status
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    myDocumentAccess(first: 5) {
      nodes {
        id
        action
        at
        documentId
        documentTitle
      }
    }
  }
`);

const kinds: readonly DocumentKind[] = ['invoice', 'report', 'photo', 'certificate', 'warranty', 'contract', 'permit', 'welcome_pack', 'progress_report'];

export const load: PageLoad = async (event) => {
  liveDepends(event, 'DOCUMENT');
  const { tenant, me } = await event.parent();
  if (!tenant.features.documents) error(404, { message: 'Documents are off', code: 'NOT_FOUND' });
  requireRight(me.contact, 'documents');
  const asked = event.url.searchParams.get('kind');
  const kind = kinds.find((k) => k === asked) ?? null;
  const { documents, myDocumentAccess } = await loadQuery(event, PortalDocuments, { kind, after: event.url.searchParams.get('after') });
  return { documents, kind, kinds, access: myDocumentAccess.nodes };
};
