import { graphql } from '$lib/gql';
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
      id
      name
      canEdit
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

export const load: PageLoad = async (event) => await loadQuery(event, PortalAssets, {});
