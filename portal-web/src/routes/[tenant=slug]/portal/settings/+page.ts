import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import { can, ownDetails } from '$lib/contacts';
import { PAYMENT_METHODS } from '$lib/payments';
import type { PageLoad } from './$types';

const PortalSettings = graphql(`
  query PortalSettings($invoices: Boolean!, $meters: Boolean!, $appointments: Boolean!) {
    me {
      id
      name
      pendingEmail
      canEditProfile
      canAddSites
      contact {
        id
        isPrimary
      }
      ...PortalOwnDetails
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
    savedPaymentMethods @include(if: $invoices) {
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
    meterContracts(first: 100) @include(if: $meters) {
      nodes {
        id
        number
        deviceName
        status
        autopay {
          paymentMethodId
          enabledAt
        }
      }
    }
    calendarFeed @include(if: $appointments) {
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
  const { tenant, me } = await event.parent();
  // Paying (cards, autopay) belongs to the invoices right (issue 22).
  const invoices = tenant.features.invoices && can(me.contact, 'invoices');
  const settings = await loadQuery(event, PortalSettings, { invoices, meters: invoices && tenant.features.meters, appointments: can(me.contact, 'appointments') });
  return {
    invoices,
    // A contact other than the primary sees and edits their own details, not the account's; their
    // sign-in email is the primary's to change, and an email change awaiting confirmation is the account's.
    profile: {
      ...ownDetails(settings.me),
      pendingEmail: settings.me.contact.isPrimary ? settings.me.pendingEmail : null,
      canEditProfile: settings.me.canEditProfile,
      canAddSites: settings.me.canAddSites,
    },
    // The account whose primary contact changes the signed-in contact's email; null for the primary.
    emailChangedByPrimaryOf: settings.me.contact.isPrimary ? null : settings.me.name,
    notificationPreferences: settings.myNotificationPreferences,
    sites: settings.sites,
    sessions: settings.sessions,
    calendarFeed: settings.calendarFeed ?? null,
    savedPaymentMethods: settings.savedPaymentMethods ?? [],
    serviceAgreements: settings.serviceAgreements ?? [],
    // Null when the business does not bill meters. Ended contracts bill nothing more: only running (or ending) ones can go on autopay.
    meterContracts: settings.meterContracts ? settings.meterContracts.nodes.filter((contract) => contract.status !== 'ENDED') : null,
  };
};
