import { error } from '@sveltejs/kit';
import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import type { PageLoad } from './$types';
import { requireRight } from '$lib/contacts';

const PortalBooking = graphql(`
  query PortalBooking {
    bookableServices {
      id
      name
      description
      durationMinutes
      priceMinor
    }
    bookingOptions {
      mode
      timeZone
      changeWindowHours
    }
    me {
      id
      canAddSites
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
    assets {
      id
      name
      site {
        id
      }
    }
  }
`);

export const load: PageLoad = async (event) => {
  const { tenant, me } = await event.parent();
  if (!tenant.features.booking) error(404, { message: 'Booking is off', code: 'NOT_FOUND' });
  requireRight(me.contact, 'appointments');
  return await loadQuery(event, PortalBooking, {});
};
