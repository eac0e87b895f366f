import { redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import { METER_CONTRACT, meterContract } from '$lib/meter-contracts';
import type { PageLoad } from './$types';

const MeterContractDetail = graphql(`
  query MeterContractDetail($id: ID!) {
    meterContract(id: $id) {
      ...MeterContractFields
    }
    meterBillingPeriods(contractId: $id) {
      id
      periodStart
      periodEnd
      subtotalMinor
      invoiceId
      invoiceNumber
      createdAt
      meters {
        meterId
        label
        openingValue
        closingValue
        estimated
        volume
        includedVolume
        overageVolume
        amountMinor
        creditMinor
      }
    }
  }
`);

const MeterContractDevice = graphql(`
  query MeterContractDevice($customerId: ID!) {
    customer(id: $customerId) {
      id
      name
      assets {
        id
        name
        meters {
          id
          label
          active
        }
      }
    }
  }
`);

/** The contract, its billed periods, and its customer's device (its meters, for editing the rates). */
export const load: PageLoad = async (event) => {
  const { features } = await event.parent();
  if (!features.meters) redirect(307, resolve('/meters/contracts'));
  event.depends(METER_CONTRACT);
  const detail = await loadQuery(event, MeterContractDetail, { id: event.params.id });
  const contract = meterContract(detail.meterContract);
  const { customer } = await loadQuery(event, MeterContractDevice, { customerId: contract.customerId });
  const device = customer.assets.find((a) => a.id === contract.assetId);
  return {
    contract,
    periods: detail.meterBillingPeriods,
    customer: { id: customer.id, name: customer.name },
    devices: device ? [{ id: device.id, name: contract.deviceName, meters: device.meters }] : [],
    created: event.url.searchParams.has('created'),
  };
};
