import { graphql } from '$lib/gql';
import { myAsset } from '$lib/components/assets/my-asset';
import { loadQuery } from '$lib/graphql/client';
import { loadServiceTimeline } from '$lib/history';
import { dueOf } from '$lib/meters';
import type { PageLoad } from './$types';

const PortalAsset = graphql(`
  query PortalAsset($id: ID!, $meters: Boolean!) {
    asset(id: $id) {
      ...MyAssetFields
      meters @include(if: $meters) {
        id
        readingDueBy
      }
    }
  }
`);

export const load: PageLoad = async (event) => {
  const { tenant } = await event.parent();
  const [{ asset }, history] = await Promise.all([
    loadQuery(event, PortalAsset, { id: event.params.id, meters: tenant.features.meters }),
    loadServiceTimeline(event, { assetId: event.params.id }),
  ]);
  // A device read by its meters leads to its readings (the reminder emails link here).
  const meters = asset.meters ?? [];
  return { asset: myAsset(asset), ...history, metered: meters.length > 0, readingDue: dueOf(meters) };
};
