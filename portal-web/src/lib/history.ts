// The service history of one site or asset (serviceTimeline): the filters a page offers, kept in
// its address (?show=, ?after=), and the query behind them.
import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import type { HistoryKind } from '$lib/gql/graphql';

export const PortalServiceTimeline = graphql(`
  query PortalServiceTimeline($siteId: ID, $assetId: ID, $kinds: [HistoryKind!], $after: String) {
    serviceTimeline(siteId: $siteId, assetId: $assetId, kinds: $kinds, first: 15, after: $after) {
      nodes {
        kind
        at
        invoice {
          id
          number
          status
          totalMinor
          currency
        }
        document {
          id
          title
          kind
          fileName
          contentType
          downloadUrl
        }
        job {
          id
          title
          status
          technicianName
          partsUsed {
            name
            quantity
          }
          documents {
            id
            title
            fileName
            contentType
            downloadUrl
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** What the filter shows: visits carry their photos and reports, so "all" lists visits and invoices. */
export type HistoryShow = 'all' | 'visits' | 'invoices' | 'documents';
export const historyShows: readonly HistoryShow[] = ['all', 'visits', 'invoices', 'documents'];
const kindsOf: Record<HistoryShow, HistoryKind[]> = {
  all: ['JOB', 'INVOICE'],
  visits: ['JOB'],
  invoices: ['INVOICE'],
  documents: ['DOCUMENT'],
};

interface HistoryLoadEvent {
  fetch: typeof fetch;
  url: URL;
  params: { tenant: string };
}

export async function loadServiceTimeline(event: HistoryLoadEvent, place: { siteId: string } | { assetId: string }) {
  const asked = event.url.searchParams.get('show');
  const show = historyShows.find((s) => s === asked) ?? 'all';
  const { serviceTimeline } = await loadQuery(event, PortalServiceTimeline, {
    ...place,
    kinds: kindsOf[show],
    after: event.url.searchParams.get('after'),
  });
  return { timeline: serviceTimeline, show };
}
