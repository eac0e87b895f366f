import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import { QUOTE, quoteDetail } from '$lib/quotes';
import { signingRequestView } from '$lib/signatures';
import type { PageLoad } from './$types';
import { liveDepends } from '@portico/web-shared/graphql/live';

const QuoteDetail = graphql(`
  query QuoteDetail($id: ID!) {
    quote(id: $id) {
      ...QuoteDetailFields
    }
  }
`);

const QuoteSigning = graphql(`
  query QuoteSigning($id: ID!) {
    signingRequest(id: $id) {
      ...AdminSigningRequestFields
    }
  }
`);

const QuoteSignedPdf = graphql(`
  query QuoteSignedPdf($id: ID!) {
    document(id: $id) {
      id
      downloadUrl
    }
  }
`);

/** Read again when the quote changes elsewhere (the customer approves or declines it): QUOTE live events. */
export const load: PageLoad = async (event) => {
  liveDepends(event, 'QUOTE');
  event.depends(QUOTE);
  const { quote: loaded } = await loadQuery(event, QuoteDetail, { id: event.params.id });
  const quote = quoteDetail(loaded);
  // The signature, once the customer started signing: its audit trail and the signed PDF.
  const [signing, signedPdf] = await Promise.all([
    quote.signingRequestId ? loadQuery(event, QuoteSigning, { id: quote.signingRequestId }).then((r) => signingRequestView(r.signingRequest)) : Promise.resolve(null),
    quote.signedDocumentId ? loadQuery(event, QuoteSignedPdf, { id: quote.signedDocumentId }).then((r) => r.document.downloadUrl) : Promise.resolve(null),
  ]);
  return { quote, signing, signedPdf, created: event.url.searchParams.has('created') };
};
