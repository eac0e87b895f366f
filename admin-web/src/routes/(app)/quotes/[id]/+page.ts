import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import { QUOTE, quoteDetail } from '$lib/quotes';
import type { PageLoad } from './$types';
import { liveDepends } from '@portico/web-shared/graphql/live';

const QuoteDetail = graphql(`
  query QuoteDetail($id: ID!) {
    quote(id: $id) {
      ...QuoteDetailFields
    }
  }
`);

/** Read again when the quote changes elsewhere (the customer approves or declines it): QUOTE live events. */
export const load: PageLoad = async (event) => {
  liveDepends(event, 'QUOTE');
  event.depends(QUOTE);
  const { quote } = await loadQuery(event, QuoteDetail, { id: event.params.id });
  return { quote: quoteDetail(quote), created: event.url.searchParams.has('created') };
};
