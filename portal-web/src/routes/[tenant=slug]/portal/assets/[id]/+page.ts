import { graphql } from '$lib/gql';
import { myAsset } from '$lib/components/assets/my-asset';
import { loadQuery } from '$lib/graphql/client';
import { loadServiceTimeline } from '$lib/history';
import type { PageLoad } from './$types';

const PortalAsset = graphql(`
  query PortalAsset($id: ID!) {
    asset(id: $id) {
      ...MyAssetFields
    }
  }
`);

export const load: PageLoad = async (event) => {
  const [{ asset }, history] = await Promise.all([loadQuery(event, PortalAsset, { id: event.params.id }), loadServiceTimeline(event, { assetId: event.params.id })]);
  return { asset: myAsset(asset), ...history };
};
