import { graphql } from '$lib/gql';
import { myDayJob } from '$lib/components/jobs/my-day-job';
import { loadQuery } from '$lib/graphql/client';
import type { PageLoad } from './$types';
import { liveDepends } from '@portico/web-shared/graphql/live';

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
  liveDepends(event, 'JOB');
  const { myDay } = await loadQuery(event, MyDay, {});
  return { day: { ...myDay, jobs: myDay.jobs.map(myDayJob) } };
};
