import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import type { PageLoad } from './$types';
import { liveDepends } from '@portico/web-shared/graphql/live';

const PortalMeters = graphql(`
  query PortalMeters {
    assets {
      id
      name
      model
      site {
        id
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
          status
          estimated
        }
      }
    }
    meterReadingEmailAddress
    meterApiTokens {
      ...MeterApiTokenFields
    }
  }
`);

export const load: PageLoad = async (event) => {
  liveDepends(event, 'CUSTOMER', 'METER_READING');
  const { assets, meterReadingEmailAddress, meterApiTokens } = await loadQuery(event, PortalMeters, {});
  return { devices: assets.filter((asset) => asset.meters.length > 0), emailAddress: meterReadingEmailAddress ?? null, tokens: meterApiTokens };
};
