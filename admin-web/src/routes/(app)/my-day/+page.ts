import { graphql } from '$lib/gql';
import { myDayJob } from '$lib/components/jobs/my-day-job';
import { loadQuery } from '$lib/graphql/client';
import type { PageLoad } from './$types';

const MyDay = graphql(`
  query MyDay {
    myDay {
      date
      timeZone
      jobs {
        ...MyDayJobFields
      }
    }
  }
`);

/** The signed-in person's jobs of today; "today" is the business's, decided by the API's clock. */
export const load: PageLoad = async (event) => {
  const { myDay } = await loadQuery(event, MyDay, {});
  return { day: { ...myDay, jobs: myDay.jobs.map(myDayJob) } };
};
