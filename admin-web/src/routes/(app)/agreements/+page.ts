import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import type { PageLoad } from './$types';

const Agreements = graphql(`
  query AgreementList($active: Boolean, $after: String) {
    serviceAgreements(active: $active, first: 50, after: $after) {
      nodes {
        id
        customerId
        customerName
        name
        priceMinor
        currency
        intervalMonths
        nextInvoiceOn
        active
        createdAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const load: PageLoad = async (event) => {
  const ended = event.url.searchParams.get('ended') === '1';
  const after = event.url.searchParams.get('after') || null;
  const { serviceAgreements } = await loadQuery(event, Agreements, { active: !ended, after });
  return { agreements: serviceAgreements, ended, paged: after !== null };
};
