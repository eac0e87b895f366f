import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import type { PageLoad } from './$types';

const InboxRequest = graphql(`
	query InboxRequest($id: ID!) {
		inboxRequest(id: $id) {
			id
			customerId
			customerName
			description
			urgency
			status
			createdAt
			updatedAt
			preferredAt
			declineReason
			assetId
			assetName
			attachments {
				id
				fileName
				contentType
				sizeBytes
				url
			}
			job {
				id
				title
				localDate
				localStartTime
				technicianName
			}
		}
	}
`);

const ConvertOptions = graphql(`
	query ConvertOptions($customerId: ID!) {
		customer(id: $customerId) {
			id
			sites {
				id
				label
				addressLine1
				addressLine2
				city
				postalCode
				region
				country
			}
		}
		serviceTypes {
			id
			name
			active
			durationMinutes
			technicians {
				id
				name
			}
		}
	}
`);

export const load: PageLoad = async (event) => {
	const { inboxRequest } = await loadQuery(event, InboxRequest, { id: event.params.id });
	const options = await loadQuery(event, ConvertOptions, { customerId: inboxRequest.customerId });
	return { request: inboxRequest, sites: options.customer.sites, serviceTypes: options.serviceTypes.filter((s) => s.active) };
};
