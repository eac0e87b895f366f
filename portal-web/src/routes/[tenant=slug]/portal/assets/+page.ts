import { graphql } from '$lib/gql';
import { portalQuery } from '$lib/load';
import type { PageLoad } from './$types';

const PortalAssets = graphql(`
	query PortalAssets {
		assets {
			id
			name
			category
			typeName
			model
			serialNumber
			installedOn
			warrantyEndOn
			warrantyStatus
			site {
				label
			}
			maintenanceHistory(limit: 5) {
				id
				title
				completedAt
				scheduledStart
			}
		}
	}
`);

export const load: PageLoad = async (event) => await portalQuery(event, PortalAssets, {});
