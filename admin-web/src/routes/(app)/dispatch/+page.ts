import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/load';
import { addDays, isDay, mondayOf, todayIn } from '@portico/web-shared/zoned';
import type { PageLoad } from './$types';

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

/** A week (Monday to Sunday, the business's days) of `?week=YYYY-MM-DD`, this week by default. */
export const load: PageLoad = async (event) => {
	const { me } = await event.parent();
	const asked = event.url.searchParams.get('week');
	const monday = mondayOf(isDay(asked) ? asked : todayIn(me.timeZone));
	const { dispatchBoard } = await loadQuery(event, DispatchWeek, { from: monday, to: addDays(monday, 6) });
	return { board: dispatchBoard, monday, today: todayIn(me.timeZone) };
};
