import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import { PAYMENT_METHODS } from '$lib/payments';
import type { PageLoad } from './$types';

const PortalSettings = graphql(`
  query PortalSettings($invoices: Boolean!) {
    me {
      id
      name
      email
      phone
      locale
      pendingEmail
      canEditProfile
      canAddSites
    }
    myNotificationPreferences {
      kind
      channel
      roleReceives
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
      accessInstructions
      canEdit
    }
    savedPaymentMethods {
      id
      kind
      brand
      last4
      expMonth
      expYear
    }
    serviceAgreements @include(if: $invoices) {
      id
      name
      autopay {
        paymentMethodId
        enabledAt
      }
    }
    calendarFeed {
      active
      createdAt
    }
    sessions {
      id
      current
      createdAt
      lastSeenAt
      browser
      os
      device
    }
  }
`);

export const load: PageLoad = async (event) => {
  event.depends(PAYMENT_METHODS);
  const { tenant } = await event.parent();
  const settings = await loadQuery(event, PortalSettings, { invoices: tenant.features.invoices });
  return {
    profile: settings.me,
    notificationPreferences: settings.myNotificationPreferences,
    sites: settings.sites,
    sessions: settings.sessions,
    calendarFeed: settings.calendarFeed,
    savedPaymentMethods: settings.savedPaymentMethods,
    serviceAgreements: settings.serviceAgreements ?? [],
  };
};
