import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import { loadServiceTimeline } from '$lib/history';
import type { PageLoad } from './$types';

const PortalAsset = graphql(`
  query PortalAsset($id: ID!) {
    asset(id: $id) {
      id
      name
      category
      typeName
      model
      serialNumber
      installedOn
      warrantyEndOn
      warrantyStatus
      notes
      ageMonths
      visitCount
      site {
        id
        label
      }
    }
  }
`);

export const load: PageLoad = async (event) => {
  const [{ asset }, history] = await Promise.all([loadQuery(event, PortalAsset, { id: event.params.id }), loadServiceTimeline(event, { assetId: event.params.id })]);
  return { asset, ...history };
};
