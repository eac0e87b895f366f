import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import type { PageLoad } from './$types';

const PortalSettings = graphql(`
  query PortalSettings {
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
      brand
      last4
      expMonth
      expYear
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
  const settings = await loadQuery(event, PortalSettings, {});
  return {
    profile: settings.me,
    notificationPreferences: settings.myNotificationPreferences,
    sites: settings.sites,
    sessions: settings.sessions,
    calendarFeed: settings.calendarFeed,
    savedPaymentMethods: settings.savedPaymentMethods,
  };
};
