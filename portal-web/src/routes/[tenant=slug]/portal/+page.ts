import { graphql } from '$lib/gql';
import { portalQuery } from '$lib/load';
import type { PageLoad } from './$types';

const PortalDashboard = graphql(`
	query PortalDashboard {
		dashboard {
			currency
			amountDueMinor
			overdueAmountMinor
			nextAppointments {
				id
				title
				status
				scheduledStart
				site {
					label
				}
			}
			awaitingReview {
				id
				title
				completedAt
			}
			openRequests {
				id
				description
				status
				createdAt
			}
			unpaidInvoices {
				id
				number
				status
				dueDate
				amountDueMinor
				currency
			}
		}
	}
`);

export const load: PageLoad = async (event) => {
	const { dashboard } = await portalQuery(event, PortalDashboard, {});
	return { dashboard };
};
