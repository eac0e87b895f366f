import { graphql } from '$lib/gql';
import { myAsset } from '$lib/components/assets/my-asset';
import { loadQuery } from '$lib/graphql/client';
import type { PageLoad } from './$types';

const PortalAssets = graphql(`
  query PortalAssets {
    viewer: me {
      id
      canAddAssets
    }
    assetTypes {
      id
      name
    }
    sites {
      id
      label
    }
    assets {
      ...MyAssetFields
    }
  }
`);

export const load: PageLoad = async (event) => {
  const data = await loadQuery(event, PortalAssets, {});
  return { ...data, assets: data.assets.map(myAsset) };
};
