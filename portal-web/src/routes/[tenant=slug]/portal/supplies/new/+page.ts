// Ordering supplies starts from the customer's devices and addresses; the catalogue of the chosen
// device is asked for on the page (it changes with the device).
import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import type { PageLoad } from './$types';

const PortalSupplyOrderStart = graphql(`
  query PortalSupplyOrderStart {
    assets {
      id
      name
      model
      category
      site {
        id
        label
      }
    }
    sites {
      id
      label
      addressLine1
      addressLine2
      city
      postalCode
      region
      country
    }
  }
`);

export const load: PageLoad = async (event) => {
  const { assets, sites } = await loadQuery(event, PortalSupplyOrderStart, {});
  const devices = assets.filter((asset) => asset.category === 'equipment');
  const asked = event.url.searchParams.get('device');
  return { devices, sites, device: devices.find((device) => device.id === asked)?.id ?? (devices.length === 1 ? (devices[0]?.id ?? null) : null) };
};
