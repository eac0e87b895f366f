import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import { DISPATCH_WEEK } from '$lib/components/dispatch/board';
import { addDays, isDay, mondayOf, todayIn } from '@portico/web-shared/zoned';
import type { PageLoad } from './$types';
import { liveDepends } from '@portico/web-shared/graphql/live';

const DispatchWeek = graphql(`
  query DispatchWeek($from: String!, $to: String!) {
    dispatchBoard(from: $from, to: $to) {
      from
      to
      timeZone
      days {
        date
        lanes {
          technicianId
          technicianName
          jobs {
            id
            title
            status
            nextStatuses
            customerName
            siteLabel
            siteAddress
            localDate
            localStartTime
            localEndTime
            scheduledStart
            technicianId
            technicianName
            bookedOnline
            serviceType {
              id
              name
            }
          }
        }
      }
    }
  }
`);

/**
 * A week (Monday to Sunday, the business's days) of `?week=YYYY-MM-DD`, this week by default.
 * `?day=YYYY-MM-DD` (the phone's one-day view) picks the day shown and loads its week.
 */
export const load: PageLoad = async (event) => {
  liveDepends(event, 'JOB');
  event.depends(DISPATCH_WEEK);
  const { me } = await event.parent();
  const today = todayIn(me.timeZone);
  const askedDay = event.url.searchParams.get('day');
  const askedWeek = event.url.searchParams.get('week');
  const monday = mondayOf(isDay(askedDay) ? askedDay : isDay(askedWeek) ? askedWeek : today);
  const { dispatchBoard } = await loadQuery(event, DispatchWeek, { from: monday, to: addDays(monday, 6) });
  // Without a day: today when it is in the week shown, else the week's Monday.
  const day = isDay(askedDay) ? askedDay : mondayOf(today) === monday ? today : monday;
  return { board: dispatchBoard, monday, today, day };
};
