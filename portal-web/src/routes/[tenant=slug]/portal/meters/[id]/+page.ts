import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import { METER_DEVICE } from '$lib/meters';
import type { PageLoad } from './$types';
import { liveDepends } from '@portico/web-shared/graphql/live';

const PortalMeterDevice = graphql(`
  query PortalMeterDevice($id: ID!) {
    asset(id: $id) {
      id
      name
      model
      serialNumber
      site {
        label
      }
      meters {
        id
        label
        readingDueBy
        lastReading {
          id
          value
          readAt
        }
        readings(first: 12) {
          id
          value
          readAt
          source
          status
          estimated
          photoUrl
        }
      }
    }
    meterUsage(assetId: $id) {
      ...MeterUsageFields
    }
  }
`);

export const load: PageLoad = async (event) => {
  liveDepends(event, 'CUSTOMER', 'METER_READING');
  event.depends(METER_DEVICE);
  const { asset, meterUsage } = await loadQuery(event, PortalMeterDevice, { id: event.params.id });
  return { asset, usage: meterUsage ?? null };
};
