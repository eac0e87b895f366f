import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import type { PageLoad } from './$types';

// The mutations of the page (MyDayJob.svelte) ask for the same fields, so their answers replace a job in place.
const MyDay = graphql(`
  query MyDay {
    myDay {
      date
      timeZone
      jobs {
        id
        title
        status
        nextStatuses
        localStartTime
        localEndTime
        customerName
        customerPhone
        siteLabel
        siteAddress
        mapUrl
        accessInstructions
        description
        serviceType {
          id
          name
        }
        internalNotes {
          id
          body
          authorName
          createdAt
        }
      }
    }
  }
`);

/** The signed-in person's jobs of today; "today" is the business's, decided by the API's clock. */
export const load: PageLoad = async (event) => {
  const { myDay } = await loadQuery(event, MyDay, {});
  return { day: myDay };
};
