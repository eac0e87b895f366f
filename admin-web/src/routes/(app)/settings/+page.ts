import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import { assetTypeRow, bookingSettings, serviceTypeRow, SETTINGS, tenantSettings } from '$lib/components/settings/settings-page';
import type { PageLoad } from './$types';

const Settings = graphql(`
  query AdminSettings {
    tenantSettings {
      ...TenantSettingsFields
    }
    serviceTypes {
      ...ServiceTypeFields
    }
    assetTypes {
      ...AssetTypeFields
    }
    staffMembers {
      id
      name
      role
      status
    }
    bookingSettings {
      ...BookingSettingsFields
    }
    staffAlertSettings {
      kind
      roles
    }
    requestResponsePromises {
      urgency
      responseMinutes
      note
      extraChargeMinor
    }
  }
`);

/** Owners and admins only: the API answers FORBIDDEN to others, which shows the access-denied page. */
export const load: PageLoad = async (event) => {
  event.depends(SETTINGS);
  const settings = await loadQuery(event, Settings, {});
  return {
    ...settings,
    tenantSettings: tenantSettings(settings.tenantSettings),
    bookingSettings: bookingSettings(settings.bookingSettings),
    serviceTypes: settings.serviceTypes.map(serviceTypeRow),
    assetTypes: settings.assetTypes.map(assetTypeRow),
  };
};
