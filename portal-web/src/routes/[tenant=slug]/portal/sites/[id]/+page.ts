import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import { loadServiceTimeline } from '$lib/history';
import type { PageLoad } from './$types';

const PortalSite = graphql(`
  query PortalSite($id: ID!) {
    site(id: $id) {
      id
      label
      addressLine1
      addressLine2
      postalCode
      city
      region
      country
    }
    assets(siteId: $id) {
      id
      name
    }
  }
`);

export const load: PageLoad = async (event) => {
  const [{ site, assets }, history] = await Promise.all([loadQuery(event, PortalSite, { id: event.params.id }), loadServiceTimeline(event, { siteId: event.params.id })]);
  return { site, assets, ...history };
};
