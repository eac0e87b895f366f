import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import { addDays, isDay, todayIn } from '@portico/web-shared/zoned';
import type { PageLoad } from './$types';

const TipsReport = graphql(`
  query TipsReport($from: String!, $to: String!) {
    tipsReport(from: $from, to: $to) {
      from
      to
      currency
      count
      totalMinor
      technicians {
        technicianId
        technicianName
        count
        totalMinor
      }
    }
  }
`);

/** `?from=&to=` (days in the business's zone, inclusive); by default the last 30 days. Owners and admins. */
export const load: PageLoad = async (event) => {
  const { me } = await event.parent();
  const today = todayIn(me.timeZone);
  const askedFrom = event.url.searchParams.get('from');
  const askedTo = event.url.searchParams.get('to');
  const to = isDay(askedTo) ? askedTo : today;
  const from = isDay(askedFrom) ? askedFrom : addDays(to, -29);
  const { tipsReport } = await loadQuery(event, TipsReport, { from, to });
  return { report: tipsReport, from, to };
};
