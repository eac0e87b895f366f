import { error, redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import { DEVICE } from '$lib/dealer';
import type { PageLoad } from './$types';

const DeviceMeters = graphql(`
  query DeviceMeters($customerId: ID!) {
    customer(id: $customerId) {
      id
      name
      assets {
        id
        name
        model
        serialNumber
        site {
          id
          label
        }
        meterContract {
          id
          number
          status
        }
        meters {
          id
          kind
          label
          active
          readingDueBy
          readings(first: 12) {
            id
            value
            readAt
            source
            status
            estimated
            flagReason
            expectedValue
            resetsCounter
            reviewNote
            reviewerName
            submittedByName
            correctedFromValue
            billed
            nextStates
          }
        }
      }
    }
  }
`);

const DeviceUsage = graphql(`
  query DeviceUsage($assetId: ID!) {
    meterUsage(assetId: $assetId) {
      contractNumber
      currency
      periodStart
      periodEnd
      daysElapsed
      daysInPeriod
      baseChargeMinor
      minimumMinor
      estimatedChargeMinor
      meters {
        meterId
        label
        openingValue
        latestValue
        volumeThisPeriod
        includedVolume
        allowanceLeft
        projectedVolume
        projectedOverageVolume
        projectedOverageMinor
      }
    }
  }
`);

/** A device of a customer: its meters, their latest readings, and the period's usage under its contract. */
export const load: PageLoad = async (event) => {
  const { features } = await event.parent();
  if (!features.meters) redirect(307, resolve('/(app)/customers/[id]', { id: event.params.id }));
  event.depends(DEVICE);
  const [{ customer }, usage] = await Promise.all([
    loadQuery(event, DeviceMeters, { customerId: event.params.id }),
    loadQuery(event, DeviceUsage, { assetId: event.params.assetId }).then((r) => r.meterUsage),
  ]);
  const device = customer.assets.find((a) => a.id === event.params.assetId);
  if (!device) error(404, 'Not found');
  return { customer: { id: customer.id, name: customer.name }, device, usage };
};
